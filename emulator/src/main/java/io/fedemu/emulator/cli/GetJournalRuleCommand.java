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

/** Get-JournalRule: an organization's journal rules, from the running scenario (docs/PROTOCOL.md section 20). */
@Command(
        name = "get-journal-rule",
        mixinStandardHelpOptions = true,
        description = "Lists an organization's journal rules (scenario journalRules).",
        footer = {"", "Example:", "  fedemu get-journal-rule --tenant contoso-cloud"})
final class GetJournalRuleCommand implements Callable<Integer> {
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
        List<Scenario.JournalRuleSpec> rules = ScenarioMailRules.organization(RunningEmulator.in(state.path()), tenant)
                .journalRules();
        if (output.json()) {
            OutputOptions.printJson(out, rules);
            return ExitStatus.SUCCESS.code();
        }
        Table table = new Table("Name", "Enabled", "Scope", "Recipient", "JournalEmailAddress");
        rules.forEach(r -> table.row(
                r.name(),
                String.valueOf(r.enabled() == null || r.enabled()),
                r.scope(),
                r.recipient() == null ? "" : r.recipient(),
                r.journalEmailAddress()));
        table.print(out);
        out.flush();
        return ExitStatus.SUCCESS.code();
    }
}
