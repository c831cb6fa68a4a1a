package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.reason.Reason;
import java.util.List;
import java.util.Locale;

/**
 * Stage 2: Exchange Online's side. Every hybrid domain must be an accepted (verified) domain of the tenant (HCW8017),
 * and the tenant must have its coexistence domain {@code <tenant>.mail.onmicrosoft.com} (HCW8030).
 */
final class CheckTenantPrerequisitesStage implements HybridStage {
    @Override
    public int number() {
        return 2;
    }

    @Override
    public String name() {
        return "Check Tenant Prerequisites";
    }

    @Override
    public String subtask() {
        return CHECK_PREREQS;
    }

    @Override
    public String why() {
        return "A domain can be shared only when Office 365 has verified it; mail and free/busy for a domain the "
                + "tenant does not accept would be refused there.";
    }

    @Override
    public StagePlan plan(WizardRun run) {
        StagePlan plan = new StagePlan();
        List<String> accepted = run.cloud().acceptedDomains().stream()
                .map(d -> d.domainName().toLowerCase(Locale.ROOT))
                .toList();
        plan.checked("Get-AcceptedDomain (" + run.cloud().name() + "): " + accepted);
        for (String domain : run.configuration().domains()) {
            if (!accepted.contains(domain)) {
                throw new HybridStageFailure(
                        Reason.HYBRID_DOMAIN_NOT_ACCEPTED_IN_TENANT,
                        "HCW8017 Hybrid domain " + domain + " isn't an accepted domain in your Office 365 tenant "
                                + run.cloud().name() + ".",
                        "fedemu new-accepted-domain --tenant " + run.cloud().name() + " --domain-name " + domain
                                + " (in Office 365: add and verify the domain), then run the wizard again");
            }
        }
        plan.checked("coexistence domain: " + run.coexistenceDomain());
        return plan;
    }
}
