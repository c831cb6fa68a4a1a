package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.runtime.admin.AdminAccess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every role's {@code /admin} API answers only its own emulator's admin token, only under the names the role
 * serves, never to another origin's web page and never a body an HTML form could post; each refusal is a problem
 * body with its reason and changes nothing. Hostile requests are sent as a browser or a rebinding page would send
 * them: raw over TLS where the JDK's client would not let a header be forged.
 */
class AdminAccessAcceptanceTest {
    private static final String ONPREM = "contoso-onprem";
    private static final String WIZARD_RELATIONSHIP = "O365 to On-premises - contoso cloud";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    @Test
    void withoutTheTokenEveryRoleAnswers401WithAChallengeAndChangesNothing() throws Exception {
        URI relationship = relationshipUri();
        boolean before = freeBusyEnabled();

        HttpResponse<String> put = send(HttpRequest.newBuilder(relationship)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"freeBusyAccessEnabled\": " + !before + "}")));
        HttpResponse<String> rotate = send(HttpRequest.newBuilder(gatewayAdmin("/signing-key/rotate"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("null")));

        assertProblem(put, 401, Reason.ADMIN_CREDENTIAL_MISSING);
        assertThat(put.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"fedemu-admin\"");
        assertProblem(rotate, 401, Reason.ADMIN_CREDENTIAL_MISSING);
        assertThat(freeBusyEnabled()).isEqualTo(before);
        assertThat(federation.gatewayAdmin().organizations()).isNotEmpty();
    }

    @Test
    void aWrongTokenIsRefusedAsWrongNotAsMissing() throws Exception {
        String other = AdminAccess.of(Files.createTempDirectory("other-emulator"))
                .credential()
                .token();

        HttpResponse<String> journal = send(HttpRequest.newBuilder(tenantAdmin("/journal"))
                .header("Authorization", "Bearer " + other)
                .GET());
        HttpResponse<String> basic = send(HttpRequest.newBuilder(gatewayAdmin("/organizations"))
                .header("Authorization", "Basic YWxpY2U6cHc=")
                .GET());

        assertProblem(journal, 401, Reason.ADMIN_CREDENTIAL_WRONG);
        assertThat(journal.body()).doesNotContain(federation.adminCredential().token());
        assertProblem(basic, 401, Reason.ADMIN_CREDENTIAL_MISSING);
    }

    @Test
    void theTokenOpensEveryRoleAndLivesOwnerOnlyInTheStateDirectory() throws Exception {
        HttpResponse<String> journal =
                send(authorized(HttpRequest.newBuilder(tenantAdmin("/journal"))).GET());
        HttpResponse<String> organizations = send(authorized(HttpRequest.newBuilder(gatewayAdmin("/organizations")))
                .GET());

        assertThat(journal.statusCode()).as(journal.body()).isEqualTo(200);
        assertThat(organizations.statusCode()).as(organizations.body()).isEqualTo(200);
        var file = AdminAccess.tokenFile(federation.topology().stateDirectory());
        assertThat(Files.readString(file).trim())
                .isEqualTo(federation.adminCredential().token());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(federation.endpoints().admin().token())
                .isEqualTo(federation.adminCredential().token());
        assertThat(federation.endpoints().admin().access()).isEqualTo("token");
    }

    @Test
    void aPageOfAnotherOriginIsRefusedEvenWithTheToken() throws Exception {
        URI admin = tenantAdmin("/journal");
        HttpResponse<String> foreign = send(authorized(HttpRequest.newBuilder(admin))
                .header("Origin", "https://evil.example")
                .GET());
        HttpResponse<String> sandboxed = send(authorized(HttpRequest.newBuilder(admin))
                .header("Origin", "null")
                .GET());
        HttpResponse<String> own = send(authorized(HttpRequest.newBuilder(admin))
                .header("Origin", "https://localhost:" + admin.getPort())
                .GET());

        assertProblem(foreign, 403, Reason.ADMIN_ORIGIN_FOREIGN);
        assertThat(problem(foreign).get("detail").asText()).contains("https://evil.example");
        assertProblem(sandboxed, 403, Reason.ADMIN_ORIGIN_FOREIGN);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    }

    @Test
    void aHostTheRoleDoesNotServeIsRefusedAsDnsRebindingWouldSendIt() throws Exception {
        URI admin = tenantAdmin("/organization-relationships");
        String token = federation.adminCredential().token();

        String rebound = raw(admin, "GET", "evil.example:" + admin.getPort(), token, null, null);
        String served = raw(admin, "GET", "mail.contoso.com:" + admin.getPort(), token, null, null);

        assertThat(rebound)
                .startsWith("HTTP/1.1 421")
                .contains("\"reason\":\"" + Reason.ADMIN_HOST_NOT_SERVED.name() + "\"");
        assertThat(served).startsWith("HTTP/1.1 200");
    }

    @Test
    void aBodyAnHtmlFormCouldPostIsRefusedAndChangesNothing() throws Exception {
        URI relationship = relationshipUri();
        boolean before = freeBusyEnabled();
        String body = "{\"freeBusyAccessEnabled\": " + !before + "}";

        HttpResponse<String> textPlain = send(authorized(HttpRequest.newBuilder(relationship))
                .header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        HttpResponse<String> form = send(authorized(HttpRequest.newBuilder(relationship))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
        String none = raw(relationship, "PUT", "localhost:" + relationship.getPort(), token(), null, body);

        assertProblem(textPlain, 415, Reason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(problem(textPlain).get("detail").asText()).contains("text/plain", "application/json");
        assertProblem(form, 415, Reason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(none).startsWith("HTTP/1.1 415").contains("no Content-Type");
        assertThat(freeBusyEnabled()).isEqualTo(before);
    }

    @Test
    void aPostWithoutABodyNeedsNoContentTypeAsCurlSendsIt() throws Exception {
        URI refresh = tenantAdmin("/federation-trust/refresh-metadata");

        String answer = raw(refresh, "POST", "localhost:" + refresh.getPort(), token(), null, null);

        assertThat(answer).startsWith("HTTP/1.1 200");
    }

    @Test
    void theCalendarUploadTakesTextCalendarButOnlyOnItsOwnPath() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:review-1\r\n"
                + "DTSTART:20261012T150000Z\r\nDTEND:20261012T160000Z\r\nSUMMARY:Review\r\nEND:VEVENT\r\n"
                + "END:VCALENDAR\r\n";
        HttpResponse<String> calendar =
                send(authorized(HttpRequest.newBuilder(tenantAdmin("/mailboxes/alice@contoso.com/calendar")))
                        .header("Content-Type", "text/calendar")
                        .PUT(HttpRequest.BodyPublishers.ofString(ics)));
        HttpResponse<String> elsewhere = send(authorized(HttpRequest.newBuilder(relationshipUri()))
                .header("Content-Type", "text/calendar")
                .PUT(HttpRequest.BodyPublishers.ofString(ics)));

        assertThat(calendar.statusCode()).as(calendar.body()).isBetween(200, 204);
        assertProblem(elsewhere, 415, Reason.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void exchangeProtocolsNeedNoAdminToken() throws Exception {
        URI metadata = URI.create(federation.gateway().url() + "/federation/metadata");
        HttpResponse<String> answer = send(HttpRequest.newBuilder(metadata).GET());

        assertThat(answer.statusCode()).isEqualTo(200);
    }

    // --- helpers ------------------------------------------------------------------------------------------

    private static String token() {
        return federation.adminCredential().token();
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header(
                AdminCredential.HEADER, federation.adminCredential().headerValue());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .sslContext(federation.tls())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        return http.send(request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI tenantAdmin(String path) {
        return URI.create("https://localhost:" + federation.tenant(ONPREM).url().getPort() + "/admin" + path);
    }

    private static URI gatewayAdmin(String path) {
        return URI.create(federation.gateway().url() + "/admin" + path);
    }

    private static URI relationshipUri() {
        return tenantAdmin("/organization-relationships/" + WIZARD_RELATIONSHIP.replace(" ", "%20"));
    }

    private static boolean freeBusyEnabled() {
        OrganizationRelationship relationship =
                federation.tenantAdmin(ONPREM).organizationRelationship(WIZARD_RELATIONSHIP);
        return relationship.freeBusyAccessEnabled();
    }

    private static JsonNode problem(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response, int status, Reason reason) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(problem(response).get("reason").asText()).isEqualTo(reason.name());
    }

    /** One HTTP/1.1 request written by hand over TLS: the JDK's client will not send a forged Host header. */
    private static String raw(URI uri, String method, String host, String token, String contentType, String body)
            throws Exception {
        try (SSLSocket socket =
                (SSLSocket) federation.tls().getSocketFactory().createSocket("127.0.0.1", uri.getPort())) {
            byte[] payload = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder()
                    .append(method)
                    .append(' ')
                    .append(uri.getRawPath())
                    .append(" HTTP/1.1\r\nHost: ")
                    .append(host)
                    .append("\r\nAccept: application/json\r\nConnection: close\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            head.append("Content-Length: ").append(payload.length).append("\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(payload);
            out.flush();
            StringBuilder answer = new StringBuilder();
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    answer.append(line).append('\n');
                }
            }
            return answer.toString();
        }
    }
}
