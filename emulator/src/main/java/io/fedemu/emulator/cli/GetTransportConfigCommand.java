package io.fedemu.emulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Get-TransportConfig: an organization's Domain Security lists (docs/PROTOCOL.md section 18). */
@Command(
        name = "get-transport-config",
        mixinStandardHelpOptions = true,
        description = "Shows an organization's TLSSendDomainSecureList and TLSReceiveDomainSecureList.",
        footer = {"", "Example:", "  fedemu get-transport-config --tenant contoso-onprem"})
final class GetTransportConfigCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The organization.")
    String tenant;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.print(
                spec.commandLine().getOut(),
                RunningEmulator.in(state.path()).admin(tenant).transportConfig());
        return ExitStatus.SUCCESS.code();
    }
}
