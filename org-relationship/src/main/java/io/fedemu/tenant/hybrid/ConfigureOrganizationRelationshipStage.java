package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.MailTipsAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stage 6: the federation trust (created when there is none, reused when there is), the hybrid domains federated
 * (each needs its TXT proof in DNS), then the two organization relationships with the values Exchange's free/busy
 * troubleshooter expects, from each partner's Get-FederationInformation.
 */
final class ConfigureOrganizationRelationshipStage implements HybridStage {
    static final String ON_PREMISES_RELATIONSHIP = "On Premises to Exchange Online Organization Relationship";
    static final String CLOUD_RELATIONSHIP = "Exchange Online to On Premises Organization Relationship";

    @Override
    public int number() {
        return 6;
    }

    @Override
    public String name() {
        return "Configure Organization Relationship";
    }

    @Override
    public String subtask() {
        return CONFIGURE;
    }

    @Override
    public String why() {
        return "Free/busy, MailTips, delivery reports and the Outlook Web App link cross the premises only through an "
                + "organization relationship on each side, and a relationship works only between federated "
                + "organizations: each side's delegation tokens come from the federation gateway.";
    }

    @Override
    public StagePlan plan(WizardRun run) {
        StagePlan plan = new StagePlan();
        HybridConfiguration configuration = run.configuration();
        federate(plan, run.onPremises(), configuration.domains());
        federate(plan, run.cloud(), List.of(run.coexistenceDomain()));
        return plan.then(
                () -> relationships(run, configuration),
                "New-/Set-OrganizationRelationship \"" + ON_PREMISES_RELATIONSHIP + "\" and \"" + CLOUD_RELATIONSHIP
                        + "\" with each side's Get-FederationInformation, once the trust exists");
    }

    /** The trust and its federated domains on one side; an existing trust is reused, not an error. */
    private static void federate(StagePlan plan, HybridOrganization side, List<String> domains) {
        Optional<HybridOrganization.FederationTrust> trust = side.federationTrust();
        List<String> federated = trust.map(t -> t.federatedDomains().stream()
                        .map(d -> d.toLowerCase(Locale.ROOT))
                        .toList())
                .orElse(List.of());
        if (trust.isEmpty()) {
            plan.create(
                    "New-FederationTrust -Name \"Microsoft Federation Gateway\" (" + side.name()
                            + "; a self-signed federation certificate)",
                    "federation trust of " + side.name(),
                    side::newFederationTrust);
        } else {
            plan.checked("Get-FederationTrust (" + side.name() + "): a trust exists, reused; federated domains "
                    + federated);
        }
        boolean first = federated.isEmpty();
        for (String domain : domains) {
            if (federated.contains(domain.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String cmdlet = first
                    ? "Set-FederatedOrganizationIdentifier -AccountNamespace " + domain + " -Enabled $true ("
                            + side.name() + ")"
                    : "Add-FederatedDomain -DomainName " + domain + " (" + side.name() + ")";
            first = false;
            plan.create(cmdlet, "federated domain " + domain, () -> side.addFederatedDomain(domain));
        }
    }

    private static StagePlan relationships(WizardRun run, HybridConfiguration configuration) {
        StagePlan plan = new StagePlan();
        HybridOrganization onPremises = run.onPremises();
        HybridOrganization cloud = run.cloud();
        FederationInformation cloudInformation = cloud.federationInformation(run.coexistenceDomain());
        FederationInformation onPremisesInformation =
                onPremises.federationInformation(configuration.domains().get(0));
        plan.checked("Get-FederationInformation -DomainName " + run.coexistenceDomain() + ": TargetApplicationUri "
                + cloudInformation.applicationUri() + ", DomainNames " + cloudInformation.domains());
        plan.checked("Get-FederationInformation -DomainName "
                + configuration.domains().get(0)
                + ": TargetApplicationUri " + onPremisesInformation.applicationUri() + ", DomainNames "
                + onPremisesInformation.domains());
        List<String> cloudDomains = cloudInformation.domains().stream()
                .map(d -> d.toLowerCase(Locale.ROOT))
                .filter(d -> !configuration.domains().contains(d))
                .toList();
        OrganizationRelationship toCloud = desired(
                configuration,
                ON_PREMISES_RELATIONSHIP,
                cloudDomains,
                cloudInformation.applicationUri(),
                cloud,
                configuration.has(HybridFeature.OWA_REDIRECTION) ? cloud.url() + "/owa" : null,
                true);
        OrganizationRelationship toOnPremises = desired(
                configuration,
                CLOUD_RELATIONSHIP,
                configuration.domains(),
                onPremisesInformation.applicationUri(),
                onPremises,
                null,
                false);
        reconcile(plan, onPremises, toCloud);
        reconcile(plan, cloud, toOnPremises);
        return plan;
    }

    /** The relationship on one side as the HybridConfiguration's features want it. */
    static OrganizationRelationship desired(
            HybridConfiguration configuration,
            String name,
            List<String> partnerDomains,
            String partnerApplicationUri,
            HybridOrganization partner,
            String targetOwaUrl,
            boolean mailboxMoves) {
        boolean freeBusy = configuration.has(HybridFeature.FREE_BUSY);
        boolean mailTips = configuration.has(HybridFeature.MAIL_TIPS);
        return new OrganizationRelationship(
                name,
                partnerDomains,
                true,
                freeBusy,
                freeBusy ? FreeBusyAccessLevel.LIMITED_DETAILS : FreeBusyAccessLevel.NONE,
                null,
                partnerApplicationUri,
                partner.autodiscoverUrl() + "/WSSecurity",
                null,
                targetOwaUrl,
                mailboxMoves,
                configuration.has(HybridFeature.MESSAGE_TRACKING),
                mailTips,
                mailTips ? MailTipsAccessLevel.ALL : MailTipsAccessLevel.NONE,
                configuration.has(HybridFeature.PHOTOS),
                configuration.has(HybridFeature.ONLINE_ARCHIVE),
                null);
    }

    private static void reconcile(StagePlan plan, HybridOrganization side, OrganizationRelationship desired) {
        Optional<OrganizationRelationship> current = side.organizationRelationships().stream()
                .filter(r -> r.name().equalsIgnoreCase(desired.name()))
                .findFirst();
        if (current.isEmpty()) {
            plan.create(
                    "New-OrganizationRelationship -Name \"" + desired.name() + "\" "
                            + RelationshipDifference.newParameters(desired) + " (" + side.name() + ")",
                    "organization relationship \"" + desired.name() + "\" on " + side.name(),
                    () -> side.newOrganizationRelationship(desired));
            return;
        }
        RelationshipDifference difference = RelationshipDifference.between(current.get(), desired);
        if (difference.none()) {
            plan.checked("Get-OrganizationRelationship \"" + desired.name() + "\" (" + side.name() + "): as desired");
            return;
        }
        plan.change(
                "Set-OrganizationRelationship -Identity \"" + desired.name() + "\" "
                        + String.join(" ", difference.parameters()) + " (" + side.name() + ")",
                () -> side.setOrganizationRelationship(current.get().name(), difference.changes()));
    }
}
