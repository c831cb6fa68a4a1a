package io.fedemu.emulator.cli;

import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.hybrid.HybridStageReport;
import io.fedemu.protocol.hybrid.HybridUpdateReport;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.hybrid.DomainProofRemedy;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The Hybrid Configuration Wizard for a trainer: the engine's stages one by one, each narrated as it runs; with
 * {@code --step} a pause before each (its plan shown), and the TXT record to publish when a proof is missing.
 */
@Command(
        name = "hybrid-wizard",
        mixinStandardHelpOptions = true,
        description = {
            "Sets up (or repairs) the hybrid between an on-premises organization and Exchange Online as Exchange "
                    + "2013's Hybrid Configuration Wizard does, stage by stage, narrating what each checks, the "
                    + "cmdlets it runs, why the step exists and what it created.",
            "--step pauses before each stage; --dry-run prints the plan and changes nothing; --publish-dns publishes "
                    + "a missing domain proof in the emulated DNS itself. Exit 3 when a stage fails."
        },
        footer = {
            "",
            "Examples:",
            "  fedemu hybrid-wizard --on-premises contoso-onprem --cloud contoso-cloud",
            "  fedemu hybrid-wizard --on-premises contoso-onprem --cloud contoso-cloud --step",
            "  fedemu hybrid-wizard --on-premises contoso-onprem --cloud contoso-cloud --dry-run"
        })
final class HybridWizardCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Option(
            names = "--on-premises",
            required = true,
            paramLabel = "ORG",
            description = "The on-premises organization (where the wizard runs).")
    String onPremises;

    @Option(names = "--cloud", required = true, paramLabel = "ORG", description = "The Exchange Online organization.")
    String cloud;

    @Option(names = "--step", description = "Pause before each stage; Enter runs it.")
    boolean step;

    @Option(names = "--dry-run", description = "Print the plan of every stage; change nothing.")
    boolean dryRun;

    @Option(
            names = "--publish-dns",
            description = "Publish a missing federation proof TXT record in the emulated DNS (a real administrator "
                    + "does this at the domain's DNS host).")
    boolean publishDns;

    /** How often one stage is run again after a proof record was published. */
    static final int MAX_PROOF_ROUNDS = 8;

    @Spec
    CommandSpec spec;

    /** Where --step reads the trainer's Enter; the console unless a test sets it. */
    BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        TenantAdminClient admin = emulator.admin(onPremises);
        String cloudName = UpdateHybridConfigurationCommand.cloudOf(emulator, cloud);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Hybrid Configuration Wizard: " + onPremises + " (on-premises) with " + cloudName
                + " (Exchange Online)" + (dryRun ? ", dry run: nothing will be changed" : ""));
        out.println();
        if (dryRun) {
            HybridUpdateReport plan = admin.updateHybridConfiguration(cloudName, null, true);
            plan.stages().forEach(s -> WizardNarration.print(out, s, false));
            out.println(plan.summary());
            out.flush();
            return plan.completed() ? ExitStatus.SUCCESS.code() : ExitStatus.TRUST_FAILURE.code();
        }
        RunningEmulator dns = emulator;
        long changes = 0;
        for (int number = 1; number <= WizardNarration.STAGES; number++) {
            if (step && !pause(out, admin, cloudName, number)) {
                out.println("Stopped before stage " + number + ".");
                out.flush();
                return ExitStatus.FAILURE.code();
            }
            HybridStageReport stage = run(out, admin, cloudName, number, dns);
            changes += stage.changes().size();
            if (stage.status() == HybridStageReport.Status.FAILED) {
                out.println("The wizard stopped at stage " + number + "; both organizations are left consistent: "
                        + "mend what the remedy says and run it again, it goes on from there.");
                out.flush();
                return ExitStatus.TRUST_FAILURE.code();
            }
        }
        out.println(
                changes == 0
                        ? "No changes: both organizations were already configured as the HybridConfiguration wants."
                        : "The hybrid is configured: " + changes + " change(s) made.");
        out.flush();
        return ExitStatus.SUCCESS.code();
    }

    /** One stage, narrated; a missing proof is published (--publish-dns) or waited for (--step), then run again. */
    private HybridStageReport run(
            PrintWriter out, TenantAdminClient admin, String cloudName, int number, RunningEmulator dns) {
        // Each domain of each side may need its record: a few rounds, not forever when a record does not help.
        for (int round = 1; ; round++) {
            HybridStageReport stage = only(admin.updateHybridConfiguration(cloudName, number, false));
            WizardNarration.print(out, stage, false);
            Optional<DomainProofRemedy.TxtRecord> record = stage.reason() == Reason.HYBRID_DOMAIN_PROOF_FAILED
                    ? DomainProofRemedy.record(stage.error())
                    : Optional.empty();
            if (record.isEmpty() || !(publishDns || step) || round > MAX_PROOF_ROUNDS) {
                return stage;
            }
            String text = record.get().name() + " IN TXT " + record.get().value();
            if (publishDns) {
                out.println("Publishing the proof in the emulated DNS: " + text);
                out.println("(In a real deployment the administrator adds this record at the domain's DNS host.)");
                // What add-dns-record does: the emulated DNS's admin API (endpoints.json dns.admin).
                dns.dnsAdmin()
                        .add(new io.fedemu.protocol.dns.DnsRecordInfo(
                                record.get().name(), "TXT", record.get().value(), 3600));
            } else {
                out.println(
                        "Publish this TXT record at the domain's DNS host, then press Enter to run the stage again:");
                out.println("    " + text);
                out.println("    fedemu add-dns-record --name " + record.get().name() + " --type TXT --value '"
                        + record.get().value() + "'");
                out.flush();
                if (readLine() == null) {
                    return stage;
                }
            }
            out.println();
        }
    }

    /** --step: the stage's plan, then Enter to run it; false when the input ended. */
    private boolean pause(PrintWriter out, TenantAdminClient admin, String cloudName, int number) {
        HybridStageReport plan = only(admin.updateHybridConfiguration(cloudName, number, true));
        WizardNarration.announce(out, number, plan.name(), plan.why());
        plan.changes().forEach(c -> out.println("    Will run: " + c));
        out.print("    Press Enter to run stage " + number + "... ");
        out.flush();
        return readLine() != null;
    }

    private String readLine() {
        try {
            return input.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HybridStageReport only(HybridUpdateReport report) {
        return report.stages().get(0);
    }
}
