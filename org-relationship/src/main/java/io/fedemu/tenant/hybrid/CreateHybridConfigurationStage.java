package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.reason.Reason;
import java.util.List;
import java.util.Locale;

/**
 * Stage 1: reads the HybridConfiguration object, creating it with every feature on when there is none, and checks
 * that it can be used: at least one hybrid domain (HCW8029), each still an accepted domain on-premises (HCW8016).
 */
final class CreateHybridConfigurationStage implements HybridStage {
    @Override
    public int number() {
        return 1;
    }

    @Override
    public String name() {
        return "Create Hybrid Configuration";
    }

    @Override
    public String subtask() {
        return VALIDATE_CONFIGURATION;
    }

    @Override
    public String why() {
        return "The HybridConfiguration object in Active Directory holds the desired state every later stage "
                + "compares both organizations with; there is one per organization.";
    }

    @Override
    public StagePlan plan(WizardRun run) {
        StagePlan plan = new StagePlan();
        HybridConfiguration configuration = run.store().get().orElse(null);
        if (configuration == null) {
            HybridConfiguration created = run.defaults();
            run.plan(created);
            plan.create(
                    "New-HybridConfiguration -Features " + String.join(",", created.featureNames()) + " -Domains "
                            + String.join(",", created.domains()),
                    "HybridConfiguration",
                    () -> run.store().save(created));
            configuration = created;
        } else {
            plan.checked("Get-HybridConfiguration: the object exists (features "
                    + String.join(",", configuration.featureNames()) + ")");
        }
        if (configuration.domains().isEmpty()) {
            throw new HybridStageFailure(
                    Reason.HYBRID_NO_DOMAINS,
                    "HCW8029 No hybrid domains specified.",
                    "fedemu set-hybrid-configuration --tenant "
                            + run.onPremises().name() + " --domains <domain>");
        }
        List<String> accepted = run.onPremises().acceptedDomains().stream()
                .map(d -> d.domainName().toLowerCase(Locale.ROOT))
                .toList();
        for (String domain : configuration.domains()) {
            if (!accepted.contains(domain)) {
                throw new HybridStageFailure(
                        Reason.HYBRID_DOMAIN_NOT_ACCEPTED,
                        "HCW8016 Hybrid domain " + domain + " isn't an accepted domain on-premises.",
                        "add it with fedemu new-accepted-domain --tenant "
                                + run.onPremises().name() + ", or remove it with set-hybrid-configuration --domains");
            }
            plan.checked("Get-AcceptedDomain " + domain + " (on-premises): accepted");
        }
        return plan;
    }
}
