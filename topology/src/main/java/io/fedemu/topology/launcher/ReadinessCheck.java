package io.fedemu.topology.launcher;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.FreeBusyRequest;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.topology.Topology;
import io.fedemu.topology.scenario.Scenario.MailboxSpec;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import io.fedemu.topology.scenario.Scenario.RemoteMailboxSpec;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;

/**
 * The honest meaning of "ready": a user asks their own organization, over real EWS and HTTP Basic, for
 * a remote mailbox, so the whole chain (routing, relationship, gateway token, Autodiscover, partner
 * EWS) has run once. The first organization with a remote mailbox and a local user is used.
 *
 * <p>Any per-mailbox answer counts as ready: state kept from an earlier run (a disabled relationship)
 * or a teaching scenario may break the chain on purpose, and then the answer names the break. Only a
 * transport failure or a SOAP fault means the topology cannot answer.
 */
public final class ReadinessCheck {
    /** What was asked and what came back; {@code responseCode} is EWS's, e.g. NoError. */
    public record Result(String tenant, String user, String attendee, String responseCode, String message) {
        public boolean noError() {
            return "NoError".equals(responseCode);
        }

        public String summary() {
            return user + " at " + tenant + " asked free/busy of " + attendee + ": " + responseCode
                    + (noError() || message == null ? "" : " (" + message + ")");
        }
    }

    private ReadinessCheck() {}

    /** Empty when the scenario has no organization with both a local user and a remote mailbox. */
    public static Optional<Result> run(Topology topology) {
        for (OrganizationSpec organization : topology.scenario().organizations()) {
            // An organization the scenario starts down cannot be asked; ask the next one.
            if (!organization.mailboxes().isEmpty()
                    && !organization.remoteMailboxes().isEmpty()
                    && !Boolean.TRUE.equals(organization.faults().down())) {
                return Optional.of(ask(
                        topology,
                        organization,
                        organization.mailboxes().get(0),
                        organization.remoteMailboxes().get(0)));
            }
        }
        return Optional.empty();
    }

    private static Result ask(
            Topology topology, OrganizationSpec organization, MailboxSpec user, RemoteMailboxSpec attendee) {
        // A bus of its own, shut down after, so the check leaves no client threads behind.
        Bus bus = BusFactory.newInstance().createBus();
        try {
            AvailabilityClient client = new AvailabilityClient(
                    bus,
                    topology.tenant(organization.name()).ewsUrl(),
                    TrustBundles.clientContext(topology.trustBundle()),
                    java.time.Duration.ofSeconds(30));
            FreeBusyResponseType answer = client.getUserAvailability(
                            request(attendee.address()),
                            null,
                            new EwsCredentials.Basic(user.address(), user.password()),
                            "fedemu-up-readiness")
                    .response()
                    .getFreeBusyResponseArray()
                    .getFreeBusyResponse()
                    .get(0);
            return new Result(
                    organization.name(),
                    user.address(),
                    attendee.address(),
                    answer.getResponseMessage().getResponseCode().value(),
                    answer.getResponseMessage().getMessageText());
        } finally {
            bus.shutdown(true);
        }
    }

    /** Today's free/busy (UTC), FreeBusy view: the smallest request every relationship level may answer. */
    private static GetUserAvailabilityRequestType request(String address) {
        return FreeBusyRequest.day(LocalDate.now(ZoneOffset.UTC), address).wire();
    }
}
