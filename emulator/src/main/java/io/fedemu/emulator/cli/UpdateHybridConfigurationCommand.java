package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.hybrid.HybridUpdateReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Update-HybridConfiguration: the engine's stages, on the on-premises organization's server (issue 17). */
@Command(
        name = "update-hybrid-configuration",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the Hybrid Configuration Engine on an on-premises organization: every stage in Exchange 2013's "
                    + "order (or one with --stage), applying only what differs from its HybridConfiguration object on "
                    + "both organizations, and prints what each stage checked and changed.",
            "Exit 3 when a stage fails (its message in Exchange's words, the remedy and the reason)."
        },
        footer = {
            "",
            "Examples:",
            "  fedemu update-hybrid-configuration --tenant contoso-onprem",
            "  fedemu update-hybrid-configuration --tenant contoso-onprem --dry-run"
        })
final class UpdateHybridConfigurationCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", required = true, paramLabel = "ORG", description = "The on-premises organization.")
    String tenant;

    @Option(
            names = "--cloud",
            paramLabel = "ORG",
            description = "The Exchange Online organization; by default the only cloud organization running.")
    String cloud;

    @Option(names = "--stage", paramLabel = "N", description = "Run only stage N (1 to 11).")
    Integer stage;

    @Option(names = "--dry-run", description = "Print the plan; change nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        HybridUpdateReport report =
                emulator.admin(tenant).updateHybridConfiguration(cloudOf(emulator, cloud), stage, dryRun);
        PrintWriter out = spec.commandLine().getOut();
        if (output.json()) {
            OutputOptions.printJson(out, report);
        } else {
            report.stages().forEach(s -> WizardNarration.print(out, s, false));
            out.println(report.summary());
            out.flush();
        }
        return report.completed() ? ExitStatus.SUCCESS.code() : ExitStatus.TRUST_FAILURE.code();
    }

    /** The cloud organization named, or the only one the emulator runs. */
    static String cloudOf(RunningEmulator emulator, String named) {
        if (named != null) {
            return emulator.tenant(named).name();
        }
        var clouds = emulator.endpoints().tenants().stream()
                .filter(t -> "cloud".equalsIgnoreCase(t.kind()))
                .map(Endpoints.Tenant::name)
                .toList();
        if (clouds.size() != 1) {
            throw new IllegalArgumentException("name the Exchange Online organization with --cloud; this emulator runs "
                    + (clouds.isEmpty() ? "none" : clouds));
        }
        return clouds.get(0);
    }
}
