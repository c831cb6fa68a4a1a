package io.fedemu.emulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Remove-DnsServerResourceRecord (without PowerShell's confirmation prompt: scripts run it). */
@Command(
        name = "remove-dns-record",
        mixinStandardHelpOptions = true,
        description = "Removes records from the emulated public DNS: those of a name and type, or only the one with "
                + "the value given. A scenario's own record comes back at the next start.",
        footer = {"", "Example:", "  fedemu remove-dns-record --name contoso.com --type MX"})
final class RemoveDnsRecordCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The records' name.")
    String name;

    @Option(names = "--type", required = true, paramLabel = "TYPE", description = "A, CNAME, MX, TXT or SRV.")
    String type;

    @Option(names = "--value", paramLabel = "VALUE", description = "Only the record with this value.")
    String value;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator.in(state.path()).dnsAdmin().remove(name, type, value);
        spec.commandLine()
                .getOut()
                .println("Removed the " + type.toUpperCase(java.util.Locale.ROOT) + " record"
                        + (value == null ? "s" : " '" + value + "'") + " of " + name + ".");
        spec.commandLine().getOut().flush();
        return ExitStatus.SUCCESS.code();
    }
}
