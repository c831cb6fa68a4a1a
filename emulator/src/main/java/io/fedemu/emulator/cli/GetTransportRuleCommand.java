package io.fedemu.emulator.cli;

import io.fedemu.topology.scenario.Scenario;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Get-TransportRule: an organization's transport rules, from the running scenario (docs/PROTOCOL.md section 20). */
@Command(
        name = "get-transport-rule",
        mixinStandardHelpOptions = true,
        description = "Lists an organization's transport rules (scenario transportRules, fedemu's subset).",
        footer = {"", "Example:", "  fedemu get-transport-rule --tenant contoso-cloud --json"})
final class GetTransportRuleCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", paramLabel = "NAME", description = "The organization (default: the only one).")
    String tenant;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Scenario.TransportRuleSpec> rules = ScenarioMailRules.organization(
                        RunningEmulator.in(state.path()), tenant)
                .transportRules();
        if (output.json()) {
            OutputOptions.printJson(out, rules);
            return ExitStatus.SUCCESS.code();
        }
        Table table = new Table("Name", "State", "Priority", "FromScope", "SentToScope");
        for (int i = 0; i < rules.size(); i++) {
            Scenario.TransportRuleSpec r = rules.get(i);
            table.row(
                    r.name(),
                    r.enabled() == null || r.enabled() ? "Enabled" : "Disabled",
                    String.valueOf(i),
                    r.fromScope() == null ? "" : r.fromScope(),
                    r.sentToScope() == null ? "" : r.sentToScope());
        }
        table.print(out);
        out.flush();
        return ExitStatus.SUCCESS.code();
    }
}
