package io.fedemu.emulator.cli;

import io.fedemu.protocol.dns.DnsRecordInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Get-DnsServerResourceRecord: the emulated public DNS's records, as a table. */
@Command(
        name = "get-dns-record",
        mixinStandardHelpOptions = true,
        description = "Lists the records the emulated public DNS serves (Format-Table): every record, or those of a "
                + "name and/or a type. SOA and NS records are left out.",
        footer = {"", "Examples:", "  fedemu get-dns-record", "  fedemu get-dns-record --name contoso.com --type TXT"})
final class GetDnsRecordCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--name", paramLabel = "NAME", description = "Only this name's records.")
    String name;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only records of this type: A, CNAME, MX, TXT, SRV.")
    String type;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<DnsRecordInfo> records =
                RunningEmulator.in(state.path()).dnsAdmin().records(name, type);
        if (output.json()) {
            OutputOptions.printJson(out, records);
        } else {
            Table table = new Table("HostName", "RecordType", "TimeToLive", "RecordData");
            records.forEach(r -> table.row(r.name(), r.type(), String.valueOf(r.ttl()), r.value()));
            table.print(out);
            out.flush();
        }
        return ExitStatus.SUCCESS.code();
    }
}
