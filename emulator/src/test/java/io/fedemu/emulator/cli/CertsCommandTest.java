package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.PemFiles;
import io.fedemu.certs.Thumbprints;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CertsCommandTest {
    @TempDir
    Path state;

    @Test
    void initWritesTheBundleAndALocalhostCertificateAndSaysWhere() {
        CommandRun run = CommandRun.of("certs", "init", "--state-dir", state.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(state.resolve("certs/ca.pem")).isRegularFile();
        assertThat(state.resolve("certs/truststore.p12")).isRegularFile();
        assertThat(state.resolve("certs/intermediate.pem")).isRegularFile();
        assertThat(state.resolve("certs/tls/localhost.pem")).isRegularFile();
        assertThat(state.resolve("certs/tls/localhost.p12")).isRegularFile();
        assertThat(run.out())
                .startsWith("Created the emulator root CA in " + state.resolve("certs"))
                .contains(state.resolve("certs/ca.pem").toString())
                .contains("password " + CertificateStore.TRUST_STORE_PASSWORD)
                .contains("openssl verify -CAfile " + state.resolve("certs/ca.pem") + " -untrusted "
                        + state.resolve("certs/intermediate.pem"));
    }

    @Test
    void initTwiceKeepsTheRootAndSaysSo() {
        CommandRun.of("certs", "init", "--state-dir", state.toString());
        String first = thumbprint("certs/ca.pem");

        CommandRun again = CommandRun.of("certs", "init", "--state-dir", state.toString());

        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).startsWith("Kept the emulator root CA");
        assertThat(thumbprint("certs/ca.pem")).isEqualTo(first);
    }

    @Test
    void initAddsRequestedHostNamesToTheTlsCertificate() throws Exception {
        CommandRun.of("certs", "init", "--state-dir", state.toString(), "--host", "mail.contoso.com");

        X509Certificate tls =
                PemFiles.read(state.resolve("certs/tls/localhost.pem")).get(0);
        assertThat(tls.getSubjectAlternativeNames().stream().map(entry -> String.valueOf(entry.get(1))))
                .contains("mail.contoso.com", "localhost", "127.0.0.1");
    }

    @Test
    void showListsEachCertificateWithKindAndExchangeStyleThumbprint() {
        CommandRun.of("certs", "init", "--state-dir", state.toString());

        CommandRun show = CommandRun.of("certs", "show", "--state-dir", state.toString());

        assertThat(show.exitCode()).isZero();
        String[] lines = show.out().split("\n");
        assertThat(lines[0]).startsWith("Subject").contains("Kind", "Owner", "Slot", "Thumbprint", "NotAfter");
        assertThat(lines[1]).startsWith("-------");
        assertThat(lines[2]).contains("CN=fedemu Emulator Root CA", "root CA", thumbprint("certs/ca.pem"));
        assertThat(lines[3])
                .contains("CN=fedemu Emulator Issuing CA", "intermediate CA", thumbprint("certs/intermediate.pem"));
        assertThat(lines[4]).contains("CN=localhost", "TLS server", thumbprint("certs/tls/localhost.pem"));
        assertThat(lines).hasSize(5);
    }

    @Test
    void showOnAnEmptyStateDirectorySaysWhatToRun() {
        CommandRun show = CommandRun.of("certs", "show", "--state-dir", state.toString());

        assertThat(show.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(show.err())
                .contains("No certificates in " + state.resolve("certs"))
                .contains("fedemu certs init --state-dir " + state);
    }

    @Test
    void aCorruptCaKeyStoreIsNamedWithoutAStackTraceAndLeftAlone() throws Exception {
        CommandRun.of("certs", "init", "--state-dir", state.toString());
        Path caKeyStore = state.resolve("certs/ca.p12");
        Files.writeString(caKeyStore, "garbage");

        CommandRun run = CommandRun.of("certs", "init", "--state-dir", state.toString());

        assertThat(run.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(run.err())
                .isEqualTo("fedemu: key store is corrupt or its password is wrong: " + caKeyStore
                        + System.lineSeparator());
        assertThat(Files.readString(caKeyStore)).isEqualTo("garbage");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandRun run = CommandRun.of("certs", "init", "--no-such-option");

        assertThat(run.exitCode()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(run.err()).contains("Unknown option: '--no-such-option'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "certs", "certs init", "certs show", "up", "gateway", "tenant"})
    void everyCommandHasHelpWithAnExample(String command) {
        String[] args = (command + " --help").trim().split(" ");

        CommandRun run = CommandRun.of(args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: fedemu").contains("Example");
    }

    @Test
    void upWithAScenarioThatDoesNotExistNamesItAndLeavesTheStateAlone() throws Exception {
        Files.createDirectories(state.resolve("tenants/contoso-onprem"));

        CommandRun run = CommandRun.of(
                "up",
                "--scenario",
                state.resolve("missing.yaml").toString(),
                "--state-dir",
                state.toString(),
                "--reset");

        assertThat(run.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(run.err()).startsWith("fedemu: ").contains("missing.yaml").doesNotContain("\tat ");
        assertThat(run.out()).doesNotContain("ready");
        assertThat(state.resolve("tenants/contoso-onprem"))
                .as("--reset waits for a valid scenario")
                .isDirectory();
    }

    private String thumbprint(String pem) {
        return Thumbprints.sha1(PemFiles.read(state.resolve(pem)).get(0));
    }
}
