package io.fedemu.emulator.cli;

import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.StoredCertificate;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Lists the certificates in DIR/certs/: subject, kind, owner, slot, SHA-1 thumbprint "
                + "(as Exchange prints it) and expiry.",
        footer = {"", "Example:", "  fedemu certs show --state-dir /tmp/fedemu"})
final class CertsShowCommand implements Callable<Integer> {
    private static final DateTimeFormatter EXPIRY =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'").withZone(ZoneOffset.UTC);

    @Mixin
    StateDirectoryOption state;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CertificateStore store = CertificateStore.in(state.path());
        List<StoredCertificate> certificates = store.inventory();
        PrintWriter out = spec.commandLine().getOut();
        if (certificates.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .printf(
                            "No certificates in %s: run fedemu certs init --state-dir %s%n",
                            store.directory(), state.path());
            return ExitStatus.FAILURE.code();
        }
        Table table = new Table("Subject", "Kind", "Owner", "Slot", "Thumbprint", "NotAfter");
        for (StoredCertificate certificate : certificates) {
            table.row(
                    certificate.subject(),
                    certificate.kind().label(),
                    certificate.owner(),
                    certificate.slot() == null ? "" : certificate.slot().fileName(),
                    certificate.thumbprint(),
                    EXPIRY.format(certificate.notAfter()));
        }
        table.print(out);
        out.flush();
        return ExitStatus.SUCCESS.code();
    }
}
