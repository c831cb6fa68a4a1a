package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.emulator.cli.Main;
import io.fedemu.junit.FederationExtension;
import io.fedemu.tenant.transport.MailboxStore;
import io.fedemu.topology.launcher.EndpointsFile;
import jakarta.mail.internet.MimeMessage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * scenarios/teaching-mail-certificate-name.yaml fails as its comments say (alice's mail reaches bob as anonymous)
 * and the set-send-connector command in its FIX mends it (docs/PROTOCOL.md section 18).
 */
class TeachingMailCertificateNameAcceptanceTest {
    private static final String BOB = "bob@contoso.mail.onmicrosoft.com";
    private static final String AUTH_AS = "X-MS-Exchange-Organization-AuthAs";

    @RegisterExtension
    static FederationExtension wrongCertificate = FederationExtension.scenario("teaching-mail-certificate-name");

    @Test
    void cloudMailFromOnPremisesArrivesAsAnonymousUntilTheSendConnectorNamesTheHybridCertificate() throws Exception {
        Path state = wrongCertificate.topology().stateDirectory();
        EndpointsFile.write(state, wrongCertificate.endpoints());

        aliceWritesToBob(state, "broken");
        assertThat(fedemu(
                        state,
                        "set-send-connector",
                        "--identity",
                        "Outbound to Office 365",
                        "--tls-certificate-name",
                        "<I>CN=fedemu Emulator Issuing CA,O=fedemu<S>CN=mail.contoso.com,O=fedemu"))
                .isZero();
        aliceWritesToBob(state, "mended");

        List<MimeMessage> received =
                MailboxStore.of(state, "contoso-cloud", Clock.systemUTC()).messages(BOB);
        assertThat(received).hasSize(2);
        assertThat(received.get(0).getSubject()).isEqualTo("broken");
        assertThat(received.get(0).getHeader(AUTH_AS, null)).isEqualTo("Anonymous");
        assertThat(received.get(0).getHeader("X-MS-Exchange-Organization-SCL")).isNull();
        assertThat(received.get(1).getSubject()).isEqualTo("mended");
        assertThat(received.get(1).getHeader(AUTH_AS, null)).isEqualTo("Internal");
        assertThat(received.get(1).getHeader("X-MS-Exchange-Organization-SCL", null))
                .isEqualTo("-1");
    }

    /** What the scenario's header has the trainer run: send-message from alice to bob. */
    private static void aliceWritesToBob(Path state, String subject) {
        fedemu(state, "send-message", "--from", "alice@contoso.com", "--to", "bob@contoso.com", "--subject", subject);
    }

    private static int fedemu(Path state, String... args) {
        String[] all = java.util.stream.Stream.concat(
                        java.util.Arrays.stream(args), java.util.stream.Stream.of("--state-dir", state.toString()))
                .toArray(String[]::new);
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        int code = cli.execute(all);
        assertThat(code).as(err.toString()).isZero();
        return code;
    }
}
