package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.Tenant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * contoso on-premises with the seed's servers: two Exchange 2013 CU1 servers with the Client Access and Mailbox
 * roles behind the namespace's load balancer, a database with copies on both, and an Exchange 2007 SP3 RU10
 * server holding a legacy mailbox. A cloud user asks across the boundary with the EWS Java API; each hop
 * (namespace, Client Access server, Mailbox server) is a real HTTPS connection of its own.
 */
class ServerRolesAcceptanceTest {
    private static final String ONPREM = "contoso-onprem";

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    @AfterEach
    void mend() {
        onPremises().faults().clear();
        onPremises().servers().activate("DB01", "EX2013-01");
    }

    @Test
    void aCloudUserSeesOnPremisesAnd2007MailboxesThroughTheClientAccessServers() throws Exception {
        List<AttendeeAvailability> answers =
                bob().monday(FreeBusyViewType.FreeBusy, "alice@contoso.com", "dave@contoso.com");

        assertThat(answers)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.NoError, ServiceError.NoError);
        List<JournalEntry> hops = federation.journal().find(entry -> entry.step() == JournalEntry.Step.MAILBOX_PROXY);
        assertThat(hops)
                .extracting(JournalEntry::detail)
                .anySatisfy(message ->
                        assertThat(message).startsWith("proxied to EX2013-01, which holds the active copy of DB01"))
                .anySatisfy(message ->
                        assertThat(message).startsWith("proxied to EX2007-01, which holds the active copy of DB2007"));
    }

    @Test
    void withOneClientAccessServerDownTheOtherServesTheNamespace() throws Exception {
        onPremises().faults().apply(new TenantFaults(null, null, null, null, List.of("EX2013-02")));

        for (int i = 0; i < 3; i++) {
            assertThat(bob().monday(FreeBusyViewType.FreeBusy, "alice@contoso.com"))
                    .extracting(AttendeeAvailability::getErrorCode)
                    .containsExactly(ServiceError.NoError);
        }
        assertThat(onPremises().farm().orElseThrow().inRotation("EX2013-02")).isFalse();
    }

    @Test
    void aMailboxServerDownFailsOnlyItsMailboxesUntilTheCopyIsActivated() throws Exception {
        onPremises().faults().apply(new TenantFaults(null, null, null, null, List.of("EX2013-01")));

        List<AttendeeAvailability> down =
                bob().monday(FreeBusyViewType.FreeBusy, "alice@contoso.com", "dave@contoso.com");
        assertThat(down)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.ErrorMailboxStoreUnavailable, ServiceError.NoError);
        assertThat(down.get(0).getErrorDetails())
                .containsEntry("fedemu.reason", Reason.MAILBOX_DATABASE_UNAVAILABLE.name());
        assertThat(down.get(0).getErrorMessage()).contains("DB01", "EX2013-01", "activate its copy on EX2013-02");

        onPremises().servers().activate("DB01", "EX2013-02");

        assertThat(bob().monday(FreeBusyViewType.FreeBusy, "alice@contoso.com"))
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.NoError);
    }

    @Test
    void theTrustChainVerifierNamesTheServerThatBroke() {
        onPremises().faults().apply(new TenantFaults(null, null, null, null, List.of("EX2013-01")));
        Tenant cloud = federation.tenant("contoso-cloud");

        io.fedemu.client.verify.TrustChainReport report = new io.fedemu.client.verify.TrustChainVerifier(
                        io.fedemu.client.verify.ChainEndpoints.of(
                                federation.gateway().url(),
                                cloud.url(),
                                onPremises().url(),
                                federation.adminCredential()),
                        federation.tls(),
                        org.apache.cxf.BusFactory.getDefaultBus(),
                        java.time.Clock.systemUTC())
                .verify("bob@contoso.mail.onmicrosoft.com", "Passw0rd!bob", "alice@contoso.com");

        var answer = report.link(io.fedemu.client.verify.Link.ANSWER);
        assertThat(answer.reason()).as(report.format()).isEqualTo(Reason.MAILBOX_DATABASE_UNAVAILABLE);
        assertThat(answer.detail()).contains("DB01", "EX2013-01", "EX2013-02");
    }

    @Test
    void aLocalUserAsksThroughTheNamespaceToo() throws Exception {
        EwsUser alice =
                new EwsUser(federation.trustBundle(), onPremises().ewsUrl(), "alice@contoso.com", "Passw0rd!alice");

        assertThat(alice.monday(FreeBusyViewType.FreeBusy, "carol@contoso.com", "dave@contoso.com", "bob@contoso.com"))
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.NoError, ServiceError.NoError, ServiceError.NoError);
    }

    private static Tenant onPremises() {
        return federation.tenant(ONPREM);
    }

    private static EwsUser bob() {
        return new EwsUser(
                federation.trustBundle(),
                federation.tenant("contoso-cloud").ewsUrl(),
                "bob@contoso.mail.onmicrosoft.com",
                "Passw0rd!bob");
    }

    /** The shipped hybrid scenario with other builds on its servers: a server below a version gate. */
    static Path seedTopology(String ex1, String ex2, String ex2007) {
        try {
            Path shipped = Path.of("../scenarios/hybrid.yaml").toAbsolutePath().normalize();
            String yaml = Files.readString(shipped)
                    .replace(
                            "calendar: hybrid/",
                            "calendar: " + shipped.getParent().resolve("hybrid") + "/")
                    .replace(
                            "{name: EX2013-01, roles: [ClientAccess, Mailbox], build: 15.0.620.29}",
                            "{name: EX2013-01, roles: [ClientAccess, Mailbox], build: " + ex1 + "}")
                    .replace(
                            "{name: EX2013-02, roles: [ClientAccess, Mailbox], build: 15.0.620.29}",
                            "{name: EX2013-02, roles: [ClientAccess, Mailbox], build: " + ex2 + "}")
                    .replace(
                            "roles: [ClientAccess, Mailbox, HubTransport], build: 8.3.298.3}",
                            "roles: [ClientAccess, Mailbox, HubTransport], build: " + ex2007 + "}");
            if (!yaml.contains("build: " + ex1 + "}") || !yaml.contains("build: " + ex2007 + "}")) {
                throw new IllegalStateException("hybrid.yaml changed: its servers' builds could not be replaced");
            }
            Path file = Files.createTempDirectory("fedemu-servers").resolve("seed.yaml");
            Files.writeString(file, yaml);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
