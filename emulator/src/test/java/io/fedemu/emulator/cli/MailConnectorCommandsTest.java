package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.topology.launcher.EndpointsFile;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The connector cmdlets, the mail faults and test-mail-flow against the seed's hybrid (docs/PROTOCOL.md section 18),
 * as a trainer runs them: what each shows, a refused change that changes nothing, and the hop test-mail-flow names.
 */
class MailConnectorCommandsTest {
    private static final String SEND = "Outbound to Office 365";
    private static final String FRONTEND = "Default Frontend EX2013-01";

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    static Path state;

    @BeforeAll
    static void publish() {
        state = federation.topology().stateDirectory();
        EndpointsFile.write(state, federation.endpoints());
    }

    @AfterEach
    void mend() {
        ok(run("set-receive-connector", "--identity", FRONTEND, "--enabled", "true"));
        ok(run(
                "set-inbound-connector",
                "--identity",
                "Inbound from contoso-onprem",
                "--tls-sender-certificate-name",
                "mail.contoso.com"));
        ok(run("clear-fault"));
    }

    @Test
    void theGetCmdletsShowTheWizardsSettings() throws Exception {
        CommandRun receive = run("get-receive-connector");
        JsonNode send = CmdletCommandsTest.json(run("get-send-connector", "--json"));
        JsonNode inbound = CmdletCommandsTest.json(run("get-inbound-connector", "--json"));
        JsonNode outbound = CmdletCommandsTest.json(run("get-outbound-connector", "--json"));

        assertThat(receive.out())
                .contains("Default Frontend EX2013-01", "Default Frontend EX2013-02")
                .containsPattern("TlsDomainCapabilities\\s+: mail.protection.outlook.com:AcceptCloudServicesMail");
        assertThat(send.get("tlsAuthLevel").asText()).isEqualTo("DomainValidation");
        assertThat(send.get("tlsDomain").asText()).isEqualTo("mail.protection.outlook.com");
        assertThat(send.get("smartHosts").get(0).asText()).isEqualTo("contoso-com.mail.protection.outlook.com");
        assertThat(inbound.get("connectorType").asText()).isEqualTo("OnPremises");
        assertThat(outbound.get("routeAllMessagesViaOnPremises").asBoolean()).isFalse();
    }

    @Test
    void aSetCmdletExchangeRefusesNamesTheParameterAndChangesNothing() throws Exception {
        CommandRun refused = run("set-send-connector", "--identity", SEND, "--require-tls", "false");
        CommandRun unknown = run("set-send-connector", "--identity", "Outbound to Mars", "--enabled", "false");
        CommandRun wrongSide = run("get-inbound-connector", "--tenant", "contoso-onprem");

        assertThat(refused.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(refused.err()).contains("TlsAuthLevel: cannot be set while RequireTLS is $false");
        assertThat(unknown.err()).contains("Outbound to Mars");
        assertThat(wrongSide.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(CmdletCommandsTest.json(run("get-send-connector", "--json"))
                        .get("requireTls")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void testMailFlowReportsTheHopsBothWays() throws Exception {
        JsonNode out = CmdletCommandsTest.json(
                run("test-mail-flow", "--from", "alice@contoso.com", "--to", "bob@contoso.com", "--json"));
        CommandRun back =
                run("test-mail-flow", "--from", "bob@contoso.mail.onmicrosoft.com", "--to", "alice@contoso.com");

        assertThat(out.get("testMailflowResult").asText()).isEqualTo("Success");
        assertThat(out.get("hops").toString())
                .contains("-> mail.contoso.com (ESMTPSA)")
                .contains("mail.contoso.com -> contoso-com.mail.protection.outlook.com (ESMTPS)");
        assertThat(back.exitCode()).as(back.err()).isZero();
        assertThat(back.out()).contains("TestMailflowResult : Success").contains("(ESMTPS)");
    }

    @Test
    void testMailFlowNamesTheHopAStarttlsStrippingDeviceBreaks() {
        ok(run("set-fault", "--role", "contoso-onprem", "--link", "contoso-cloud", "--fault", "strip-starttls"));

        CommandRun failed = run("test-mail-flow", "--from", "alice@contoso.com", "--to", "bob@contoso.com");

        assertThat(failed.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(failed.out())
                .contains("TestMailflowResult : Failure")
                .contains("connector 'Outbound to Office 365' of mail.contoso.com")
                .contains("451 5.7.3 STARTTLS is required to send mail")
                .contains(Reason.MAIL_STARTTLS_STRIPPED.name())
                .contains(Reason.MAIL_STARTTLS_STRIPPED.remedy(null));
    }

    @Test
    void testMailFlowNamesAnExpiredCertificate() {
        ok(run("set-fault", "--role", "contoso-cloud", "--expired-smtp-certificate", "true"));

        CommandRun failed = run("test-mail-flow", "--from", "alice@contoso.com", "--to", "bob@contoso.com");

        assertThat(failed.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(failed.out())
                .contains("454 4.7.5 Certificate validation failure")
                .contains(Reason.MAIL_PEER_CERTIFICATE_EXPIRED.name());
    }

    @Test
    void testMailFlowNamesADisabledReceiveConnector() {
        ok(run("set-receive-connector", "--identity", FRONTEND, "--enabled", "false"));

        CommandRun failed =
                run("test-mail-flow", "--from", "bob@contoso.mail.onmicrosoft.com", "--to", "alice@contoso.com");

        assertThat(failed.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(failed.out())
                .contains("connector 'Outbound to contoso-onprem' of contoso-com.mail.protection.outlook.com")
                .contains(Reason.MAIL_RECEIVE_CONNECTOR_DISABLED.name())
                .contains("Set-ReceiveConnector -Enabled $true");
    }

    @Test
    void aWrongSenderCertificateNameMakesCloudMailAnonymous() throws Exception {
        ok(run(
                "set-inbound-connector",
                "--identity",
                "Inbound from contoso-onprem",
                "--tls-sender-certificate-name",
                "smtp.contoso.com"));

        ok(run("send-message", "--from", "alice@contoso.com", "--to", "bob@contoso.com", "--subject", "Anonymous?"));

        CommandRun table = run("get-message", "--identity", "bob@contoso.mail.onmicrosoft.com");
        assertThat(table.out()).containsPattern("Anonymous\\?\\s+Anonymous");
    }

    @Test
    void theTransportConfigListsAreSetAndShown() throws Exception {
        ok(run("set-transport-config", "--tenant", "contoso-cloud", "--tls-send-domain-secure-list", "contoso.com"));

        JsonNode config = CmdletCommandsTest.json(run("get-transport-config", "--tenant", "contoso-cloud", "--json"));
        CommandRun wildcard = run(
                "set-transport-config", "--tenant", "contoso-cloud", "--tls-send-domain-secure-list", "*.contoso.com");

        assertThat(config.get("tlsSendDomainSecureList").get(0).asText()).isEqualTo("contoso.com");
        assertThat(wildcard.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(wildcard.err()).contains("TLSSendDomainSecureList");
        ok(run("set-transport-config", "--tenant", "contoso-cloud", "--tls-send-domain-secure-list", "$null"));
    }

    private static CommandRun ok(CommandRun run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run;
    }

    private static CommandRun run(String... args) {
        return CmdletCommandsTest.in(state, args);
    }
}
