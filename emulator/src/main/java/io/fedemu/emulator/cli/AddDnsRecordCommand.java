package io.fedemu.emulator.cli;

import io.fedemu.protocol.dns.DnsRecordInfo;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Add-DnsServerResourceRecord: publishes a record in the emulated public DNS; it survives a restart. */
@Command(
        name = "add-dns-record",
        mixinStandardHelpOptions = true,
        description = "Publishes a record in the emulated public DNS, as a domain's DNS host would: it answers at "
                + "once and is kept in the state directory.",
        footer = {
            "",
            "Examples:",
            "  fedemu add-dns-record --name contoso.com --type TXT --value \"<Proof of get-federated-domain-proof>\"",
            "  fedemu add-dns-record --name contoso.com --type MX --value \"10 mail.contoso.com.\""
        })
final class AddDnsRecordCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The record's name.")
    String name;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "A, CNAME, MX, TXT or SRV.")
    String type;

    @Option(
            names = "--value",
            required = true,
            paramLabel = "VALUE",
            description = "The data in zone-file form: 127.0.0.1, '10 mail.contoso.com.', '0 0 443 "
                    + "autodiscover.contoso.com.', a text (unquoted: split into strings of 255 characters).")
    String value;

    @Option(names = "--ttl", paramLabel = "SECONDS", description = "Time to live; 3600 unless given.")
    Integer ttl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        DnsRecordInfo added =
                RunningEmulator.in(state.path()).dnsAdmin().add(new DnsRecordInfo(name, type, value, ttl));
        output.print(spec.commandLine().getOut(), added);
        return ExitStatus.SUCCESS.code();
    }
}
