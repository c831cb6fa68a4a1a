package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.client.http.ProblemException;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.transport.HybridConnectors;
import io.fedemu.tenant.transport.MailAdministration;
import io.fedemu.topology.launcher.EndpointsFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail on the blank start (issue 17, docs/PROTOCOL.md section 23): without the wizard's connectors, mail between the
 * premises goes by MX and arrives as internet mail; New-SendConnector, New-InboundConnector and New-OutboundConnector
 * with the wizard's values (and Set-ReceiveConnector on Default Frontend) make it internal; Remove- makes it external
 * again. Each New-/Remove- refusal names the parameter and changes nothing.
 */
class BlankMailConnectorsTest {
    /** The on-premises certificate's name, as the wizard reads it from the certificate. */
    static final String CERTIFICATE = "<I>CN=fedemu Emulator Issuing CA,O=fedemu<S>CN=mail.contoso.com,O=fedemu";

    static final String AUTH_AS = "/headers/X-MS-Exchange-Organization-AuthAs/0";

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid-blank");

    static Path state;

    @BeforeAll
    static void publish() {
        state = federation.topology().stateDirectory();
        EndpointsFile.write(state, federation.endpoints());
    }

    @Test
    void mailBetweenThePremisesIsInternetMailUntilTheConnectorsExistAndInternalAfter() throws Exception {
        TenantAdminClient onPremises = federation.tenantAdmin("contoso-onprem");
        TenantAdminClient cloud = federation.tenantAdmin("contoso-cloud");
        assertThat(onPremises.mailConnectors(MailAdministration.SEND)).isEmpty();
        assertThat(cloud.mailConnectors(MailAdministration.INBOUND)).isEmpty();
        assertThat(cloud.mailConnectors(MailAdministration.OUTBOUND)).isEmpty();
        Map<String, Object> frontend =
                onPremises.mailConnectors(MailAdministration.RECEIVE).get(0);
        assertThat(frontend.get("name")).isEqualTo("Default Frontend EX2013-01");
        assertThat(frontend.get("tlsCertificateName")).isNull();
        assertThat(frontend.get("tlsDomainCapabilities")).isNull();

        // What the wizard reads in process (its engine runs in the on-premises tenant): the certificate and hosts.
        MailAdministration mail =
                federation.tenant("contoso-onprem").mailAdministration().orElseThrow();
        assertThat(mail.certificateNames().get(0)).isEqualTo(CERTIFICATE);
        assertThat(mail.onPremisesFqdn()).isEqualTo("mail.contoso.com");
        assertThat(mail.protectionHost()).isEqualTo(HybridConnectors.protectionHostOf("contoso.com"));

        JsonNode before = sendAndRead("Before the wizard");
        assertThat(before.at(AUTH_AS).asText()).isEqualTo("Anonymous");

        createTheWizardsConnectors(onPremises, cloud);
        JsonNode after = sendAndRead("After the wizard");
        assertThat(after.at(AUTH_AS).asText()).isEqualTo("Internal");
        assertThat(after.at("/headers/X-MS-Exchange-Organization-SCL/0").asText())
                .isEqualTo("-1");

        CommandRun removed = run("remove-send-connector", "--identity", "Outbound to Office 365");
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("Removed send connector 'Outbound to Office 365'.");
        assertThat(sendAndRead("Connector removed").at(AUTH_AS).asText()).isEqualTo("Anonymous");
        ok(run(
                "new-send-connector",
                "--name",
                "Outbound to Office 365",
                "--address-spaces",
                "contoso.mail.onmicrosoft.com",
                "--smart-hosts",
                "contoso-com.mail.protection.outlook.com",
                "--require-tls",
                "true",
                "--tls-auth-level",
                "DomainValidation",
                "--tls-domain",
                "mail.protection.outlook.com",
                "--tls-certificate-name",
                CERTIFICATE,
                "--cloud-services-mail-enabled",
                "true",
                "--fqdn",
                "mail.contoso.com"));
        assertThat(sendAndRead("Connector back").at(AUTH_AS).asText()).isEqualTo("Internal");

        // Back to the blank start for the other test.
        onPremises.removeConnector(MailAdministration.SEND, "Outbound to Office 365");
        cloud.removeConnector(MailAdministration.INBOUND, "Inbound from contoso-onprem");
        ok(run("remove-outbound-connector", "--identity", "Outbound to contoso-onprem"));
    }

    @Test
    void theWizardsFactoriesMakeTheConnectorsHybridHasAndEveryRefusalChangesNothing() {
        TenantAdminClient onPremises = federation.tenantAdmin("contoso-onprem");
        TenantAdminClient cloud = federation.tenantAdmin("contoso-cloud");
        List<Map<String, Object>> sendBefore = onPremises.mailConnectors(MailAdministration.SEND);

        assertRefused(
                () -> onPremises.newConnector(
                        MailAdministration.SEND, Map.of("Name", "Outbound to Office 365", "SmartHosts", "a.b")),
                Reason.MAIL_CONNECTOR_INVALID,
                "AddressSpaces");
        assertRefused(
                () -> onPremises.newConnector(MailAdministration.RECEIVE, Map.of("Name", "Relay")),
                Reason.MAIL_CONNECTOR_BUILT_IN,
                "Default Frontend");
        assertRefused(
                () -> onPremises.removeConnector(MailAdministration.RECEIVE, "Default Frontend EX2013-01"),
                Reason.MAIL_CONNECTOR_BUILT_IN,
                "set-receive-connector");
        assertRefused(
                () -> cloud.newConnector(
                        MailAdministration.OUTBOUND,
                        Map.of(
                                "Name",
                                "Out",
                                "ConnectorType",
                                "OnPremises",
                                "SmartHosts",
                                List.of("mail.contoso.com"))),
                Reason.MAIL_CONNECTOR_INVALID,
                "RecipientDomains");
        assertRefused(
                () -> cloud.newConnector(
                        MailAdministration.INBOUND, Map.of("Name", "In", "ConnectorType", "OnPremises")),
                Reason.MAIL_CONNECTOR_INVALID,
                "TlsSenderCertificateName");
        assertRefused(
                () -> cloud.removeConnector(MailAdministration.INBOUND, "Inbound from nowhere"),
                Reason.MAIL_CONNECTOR_NOT_FOUND,
                "Inbound from nowhere");
        assertThat(onPremises.mailConnectors(MailAdministration.SEND)).isEqualTo(sendBefore);

        Map<String, Object> inbound = cloud.newConnector(
                MailAdministration.INBOUND,
                HybridConnectors.inboundConnectorByWizard("contoso-onprem", "mail.contoso.com"));
        assertThat(inbound)
                .containsEntry("identity", "Inbound from contoso-onprem")
                .containsEntry("connectorType", "OnPremises")
                .containsEntry("tlsSenderCertificateName", "mail.contoso.com");
        assertRefused(
                () -> cloud.newConnector(
                        MailAdministration.INBOUND,
                        HybridConnectors.inboundConnectorByWizard("contoso-onprem", "mail.contoso.com")),
                Reason.MAIL_CONNECTOR_EXISTS,
                "Inbound from contoso-onprem");
        cloud.removeConnector(MailAdministration.INBOUND, "Inbound from contoso-onprem");
        assertThat(cloud.mailConnectors(MailAdministration.INBOUND)).isEmpty();
    }

    @Test
    void cloudMailToOnPremisesFollowsTheMxBackToExchangeOnlineUntilTheHopCountStopsIt() throws Exception {
        send("bob@contoso.mail.onmicrosoft.com", "alice@contoso.com", "Loop before the wizard");

        // Each of the loop's hops is a session of its own: the report comes back once the last one refuses.
        String bob = "";
        for (int tries = 0; tries < 300 && !bob.contains("Undeliverable: Loop before the wizard"); tries++) {
            Thread.sleep(100);
            bob = ok(run("get-message", "--identity", "bob@contoso.mail.onmicrosoft.com", "--json"));
        }
        assertThat(bob)
                .contains("Undeliverable: Loop before the wizard")
                .contains(Reason.MAIL_HOP_COUNT_EXCEEDED.name());
        assertThat(ok(run("get-message", "--identity", "alice@contoso.com"))).doesNotContain("Loop before the wizard");
    }

    /** What the wizard's Configure Mail Flow stage does, through the admin API as its engine does. */
    static void createTheWizardsConnectors(TenantAdminClient onPremises, TenantAdminClient cloud) {
        for (Map<String, Object> frontend : onPremises.mailConnectors(MailAdministration.RECEIVE)) {
            onPremises.setMailConnector(
                    MailAdministration.RECEIVE,
                    frontend.get("name").toString(),
                    HybridConnectors.defaultFrontendByWizard(CERTIFICATE));
        }
        Map<String, Object> send = onPremises.newConnector(
                MailAdministration.SEND,
                HybridConnectors.sendConnectorByWizard(
                        "contoso.mail.onmicrosoft.com",
                        HybridConnectors.protectionHostOf("contoso.com"),
                        "mail.contoso.com",
                        CERTIFICATE));
        assertThat(send)
                .containsEntry("identity", "Outbound to Office 365")
                .containsEntry("tlsAuthLevel", "DomainValidation")
                .containsEntry("cloudServicesMailEnabled", true);
        cloud.newConnector(
                MailAdministration.INBOUND,
                HybridConnectors.inboundConnectorByWizard("contoso-onprem", "mail.contoso.com"));
        cloud.newConnector(
                MailAdministration.OUTBOUND,
                HybridConnectors.outboundConnectorByWizard(
                        "contoso-onprem", List.of("contoso.com"), "mail.contoso.com"));
    }

    /** alice sends bob (a remote mailbox: his mailbox is in the cloud) a message; bob's copy as get-message shows it. */
    private static JsonNode sendAndRead(String subject) throws Exception {
        send("alice@contoso.com", "bob@contoso.com", subject);
        JsonNode messages = Json.lenient()
                .readTree(ok(run("get-message", "--identity", "bob@contoso.mail.onmicrosoft.com", "--json")));
        for (JsonNode message : messages) {
            if (subject.equals(message.get("subject").asText())) {
                return message;
            }
        }
        throw new AssertionError("bob has no message '" + subject + "'; alice has "
                + run("get-message", "--identity", "alice@contoso.com", "--json")
                        .out());
    }

    private static void send(String from, String to, String subject) {
        ok(run("send-message", "--from", from, "--to", to, "--subject", subject));
    }

    static void assertRefused(Runnable call, Reason reason, String named) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().reason()).isEqualTo(reason.name());
            assertThat(e.status()).isBetween(400, 499);
            assertThat(e.problem().detail()).contains(named);
        });
    }

    private static String ok(CommandRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    private static CommandRun run(String... args) {
        return CmdletCommandsTest.in(state, args);
    }
}
