package io.fedemu.tenant.hybrid;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 5: the coexistence domain {@code <tenant>.mail.onmicrosoft.com} becomes an accepted domain on-premises and a
 * secondary proxy address template of the e-mail address policies, so every mailbox gets the address its move and its
 * cloud mail will be routed by.
 */
final class ConfigureRecipientSettingsStage implements HybridStage {
    static final String AUTHORITATIVE = "Authoritative";

    @Override
    public int number() {
        return 5;
    }

    @Override
    public String name() {
        return "Configure Recipient Settings";
    }

    @Override
    public String subtask() {
        return CONFIGURE;
    }

    @Override
    public String why() {
        return "Mail for a mailbox in the cloud is routed to its <tenant>.mail.onmicrosoft.com address (the remote "
                + "mailbox's targetAddress); on-premises must accept that domain and stamp it on every recipient.";
    }

    @Override
    public StagePlan plan(WizardRun run) {
        StagePlan plan = new StagePlan();
        HybridOrganization onPremises = run.onPremises();
        String coexistence = run.coexistenceDomain();
        boolean accepted = onPremises.acceptedDomains().stream()
                .anyMatch(d -> d.domainName().equalsIgnoreCase(coexistence));
        if (accepted) {
            plan.checked("Get-AcceptedDomain " + coexistence + ": present on-premises");
        } else {
            plan.create(
                    "New-AcceptedDomain -Name \"" + coexistence + "\" -DomainName " + coexistence + " -DomainType "
                            + AUTHORITATIVE,
                    "accepted domain " + coexistence,
                    () -> onPremises.newAcceptedDomain(
                            new HybridOrganization.AcceptedDomain(coexistence, coexistence, AUTHORITATIVE)));
        }
        String template = "smtp:%m@" + coexistence;
        for (HybridOrganization.AddressPolicy policy : onPremises.emailAddressPolicies()) {
            if (policy.enabledEmailAddressTemplates().stream().anyMatch(t -> t.equalsIgnoreCase(template))) {
                plan.checked("Get-EmailAddressPolicy \"" + policy.name() + "\": has " + template);
                continue;
            }
            List<String> templates = new ArrayList<>(policy.enabledEmailAddressTemplates());
            templates.add(template);
            plan.change(
                    "Set-EmailAddressPolicy \"" + policy.name() + "\" -EnabledEmailAddressTemplates "
                            + String.join(",", templates) + "; Update-EmailAddressPolicy \"" + policy.name() + "\"",
                    () -> onPremises.setEmailAddressPolicy(policy.name(), templates));
        }
        return plan;
    }
}
