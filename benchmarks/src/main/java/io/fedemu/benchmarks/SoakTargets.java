package io.fedemu.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.topology.launcher.EndpointsFile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * What the soak asks, read from a running emulator's endpoints.json as any script would: one tenant's EWS
 * URL, a user of it with a password, a local mailbox and a remote one (whose free/busy crosses the
 * boundary), the admin URLs, the trust bundle and, once the emulator has them, the admin credentials.
 */
record SoakTargets(
        Path trustBundle,
        URI ews,
        String tenant,
        String requester,
        String basicAuthorization,
        String localAttendee,
        String remoteAttendee,
        URI journal,
        URI relationships,
        URI organizations,
        String adminToken) {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /**
     * The first tenant with a mailbox that has a password and a remote mailbox: in the hybrid scenario,
     * alice@contoso.com at contoso-onprem asking for carol@contoso.com (local) and bob@contoso.com (in the cloud).
     */
    static SoakTargets read(Path state) throws IOException {
        Endpoints endpoints = EndpointsFile.read(state);
        JsonNode token = Json.lenient()
                .readTree(EndpointsFile.in(state).toFile())
                .path("admin")
                .path("token");
        for (Endpoints.Tenant tenant : endpoints.tenants()) {
            List<Endpoints.Mailbox> local = tenant.mailboxes().stream()
                    .filter(m -> Endpoints.Mailbox.MAILBOX.equals(m.kind()) && m.password() != null)
                    .toList();
            List<Endpoints.Mailbox> remote = tenant.mailboxes().stream()
                    .filter(m -> Endpoints.Mailbox.REMOTE.equals(m.kind()))
                    .toList();
            if (local.isEmpty() || remote.isEmpty()) {
                continue;
            }
            Endpoints.Mailbox requester = local.get(0);
            String credentials = requester.address() + ":" + requester.password();
            return new SoakTargets(
                    Path.of(endpoints.trustBundle().pem()),
                    URI.create(tenant.ews()),
                    tenant.name(),
                    requester.address(),
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)),
                    local.get(local.size() > 1 ? 1 : 0).address(),
                    remote.get(0).address(),
                    URI.create(tenant.admin() + "/journal"),
                    URI.create(tenant.admin() + "/organization-relationships"),
                    URI.create(endpoints.gateway().admin() + "/organizations"),
                    token.isTextual() ? token.asText() : null);
        }
        throw new IllegalStateException(
                "no tenant in " + EndpointsFile.in(state) + " has both a mailbox with a password and a remote mailbox");
    }

    /** GetUserAvailability for {@code attendee} on Monday 2026-11-30, tagged with {@code requestId}. */
    HttpRequest availability(String attendee, String requestId) {
        String body = """
                <?xml version="1.0" encoding="utf-8"?>
                <s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                    xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
                  <s:Header><t:RequestServerVersion Version="Exchange2013"/>
                    <t:TimeZoneContext><t:TimeZoneDefinition Id="UTC"/></t:TimeZoneContext></s:Header>
                  <s:Body><m:GetUserAvailabilityRequest>
                    <m:MailboxDataArray><t:MailboxData><t:Email><t:Address>%s</t:Address></t:Email>
                      <t:AttendeeType>Required</t:AttendeeType></t:MailboxData></m:MailboxDataArray>
                    <t:FreeBusyViewOptions><t:TimeWindow><t:StartTime>2026-11-30T00:00:00</t:StartTime>
                      <t:EndTime>2026-12-01T00:00:00</t:EndTime></t:TimeWindow>
                      <t:MergedFreeBusyIntervalInMinutes>30</t:MergedFreeBusyIntervalInMinutes>
                      <t:RequestedView>DetailedMerged</t:RequestedView></t:FreeBusyViewOptions>
                  </m:GetUserAvailabilityRequest></s:Body>
                </s:Envelope>
                """.formatted(attendee);
        return HttpRequest.newBuilder(ews)
                .timeout(TIMEOUT)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("Authorization", basicAuthorization)
                .header(AvailabilityClient.REQUEST_ID_HEADER, requestId)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** The journal of one request, as {@code fedemu get-availability --trace} reads it. */
    HttpRequest journalOf(String requestId) {
        return admin(URI.create(journal + "?requestId=" + requestId));
    }

    /** Every admin request of the soak is built here, so the admin credentials are sent in one place. */
    HttpRequest admin(URI uri) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json");
        if (adminToken != null) {
            request.header("Authorization", "Bearer " + adminToken);
        }
        return request.GET().build();
    }
}
