package io.fedemu.emulator.cli;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "init",
        mixinStandardHelpOptions = true,
        description = "Creates the emulator root CA, the trust bundle, the name-constrained intermediate CA and a "
                + "TLS certificate for localhost under DIR/certs/. Keeps what already exists, so it is safe to "
                + "run twice.",
        footer = {
            "",
            "Example:",
            "  fedemu certs init --state-dir /tmp/fedemu --host mail.contoso.com",
            "  openssl verify -CAfile /tmp/fedemu/certs/ca.pem -untrusted /tmp/fedemu/certs/intermediate.pem "
                    + "/tmp/fedemu/certs/tls/localhost.pem"
        })
final class CertsInitCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Option(
            names = "--host",
            paramLabel = "NAME",
            description = "Extra host name or address for the TLS certificate (repeatable); localhost, 127.0.0.1 "
                    + "and ::1 are always included. The intermediate CA is widened to permit it.")
    List<String> hosts = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CertificateStore store = CertificateStore.in(state.path());
        boolean existed = store.hasAuthority();
        CertificateAuthority authority = store.initAuthority(Clock.systemUTC());
        List<String> names = new ArrayList<>();
        names.add("localhost");
        names.addAll(hosts);
        Credential tls = store.tlsServer("localhost", names, authority);

        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s the emulator root CA in %s%n", existed ? "Kept" : "Created", store.directory());
        out.println();
        Table table = new Table("What", "File");
        table.row("Trust bundle (PEM)", store.trustBundle().toString());
        table.row(
                "Trust store (PKCS12, password " + CertificateStore.TRUST_STORE_PASSWORD + ")",
                store.trustStore().toString());
        table.row(
                "Root CA key store (owner only)",
                store.directory().resolve("ca.p12").toString());
        table.row(
                "Intermediate CA (issues TLS)", store.intermediateCertificate().toString());
        table.row(
                "TLS certificate for localhost",
                store.directory().resolve("tls/localhost.pem").toString());
        table.row(
                "TLS key store (owner only)",
                store.directory().resolve("tls/localhost.p12").toString());
        table.print(out);
        out.println();
        out.printf("Root CA thumbprint   %s%n", io.fedemu.certs.Thumbprints.sha1(authority.certificate()));
        out.printf("TLS thumbprint       %s%n", tls.thumbprint());
        out.println();
        out.printf(
                "Check it: openssl verify -CAfile %s -untrusted %s %s%n",
                store.trustBundle(),
                store.intermediateCertificate(),
                store.directory().resolve("tls/localhost.pem"));
        out.flush();
        return ExitStatus.SUCCESS.code();
    }
}
