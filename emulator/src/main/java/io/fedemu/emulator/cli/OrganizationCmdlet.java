package io.fedemu.emulator.cli;

import io.fedemu.client.tenant.TenantAdminClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What the cmdlets of an organization's building blocks share (issue 17, docs/PROTOCOL.md section 23): the
 * organization ({@code --tenant}), the running emulator's admin API, and Format-List (or {@code --json}) output.
 */
abstract class OrganizationCmdlet implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--tenant",
            required = true,
            paramLabel = "NAME",
            description = "The organization, as endpoints.json names it.")
    String tenant;

    @Spec
    CommandSpec spec;

    TenantAdminClient admin() {
        return RunningEmulator.in(state.path()).admin(tenant);
    }

    /** Prints {@code value} (Format-List, or JSON with --json) and succeeds. */
    int show(Object value) {
        output.print(spec.commandLine().getOut(), value);
        return ExitStatus.SUCCESS.code();
    }

    /** Prints one line saying what changed and succeeds. */
    int done(String line) {
        spec.commandLine().getOut().println(line);
        spec.commandLine().getOut().flush();
        return ExitStatus.SUCCESS.code();
    }
}
