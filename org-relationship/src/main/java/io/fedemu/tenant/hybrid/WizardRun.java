package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.reason.Reason;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the stages of one run share: both organizations, the HybridConfiguration (the desired state) and whether
 * this is a dry run. In a dry run before the object exists, the stages plan against the object the first stage
 * would create.
 */
final class WizardRun {
    static final String COEXISTENCE_SUFFIX = ".mail.onmicrosoft.com";

    private final HybridOrganization onPremises;
    private final HybridOrganization cloud;
    private final HybridConfigurationStore store;
    private final Supplier<HybridConfiguration> defaults;
    private final boolean dryRun;
    private HybridConfiguration planned;

    WizardRun(
            HybridOrganization onPremises,
            HybridOrganization cloud,
            HybridConfigurationStore store,
            Supplier<HybridConfiguration> defaults,
            boolean dryRun) {
        this.onPremises = onPremises;
        this.cloud = cloud;
        this.store = store;
        this.defaults = defaults;
        this.dryRun = dryRun;
    }

    HybridOrganization onPremises() {
        return onPremises;
    }

    HybridOrganization cloud() {
        return cloud;
    }

    HybridConfigurationStore store() {
        return store;
    }

    boolean dryRun() {
        return dryRun;
    }

    /** New-HybridConfiguration's object for this organization: every feature, its domains, servers and certificate. */
    HybridConfiguration defaults() {
        return defaults.get();
    }

    /** A dry run's stand-in for the object the first stage would have created. */
    void plan(HybridConfiguration configuration) {
        planned = configuration;
    }

    /** The desired state; a stage after the first needs the object to exist. */
    HybridConfiguration configuration() {
        return store.get()
                .or(() -> java.util.Optional.ofNullable(planned))
                .orElseThrow(() -> new HybridStageFailure(
                        Reason.HYBRID_CONFIGURATION_NOT_FOUND,
                        "The HybridConfiguration object was not found. Run the stage that creates it (stage 1) first.",
                        "run update-hybrid-configuration without --stage, or set-hybrid-configuration"));
    }

    /**
     * The tenant's coexistence (routing) domain, {@code contoso.mail.onmicrosoft.com}: the accepted domain Exchange
     * Online gave the tenant, where mail for a cloud mailbox is routed (its targetAddress).
     */
    String coexistenceDomain() {
        List<String> hybrid = configuration().domains();
        List<String> domains = cloud.acceptedDomains().stream()
                .map(d -> d.domainName().toLowerCase(Locale.ROOT))
                .toList();
        return domains.stream()
                .filter(d -> d.endsWith(COEXISTENCE_SUFFIX))
                .findFirst()
                .or(() -> domains.stream().filter(d -> !hybrid.contains(d)).findFirst())
                .orElseThrow(() -> new HybridStageFailure(
                        Reason.HYBRID_DOMAIN_NOT_ACCEPTED_IN_TENANT,
                        "HCW8030 No Accepted Domains found on tenant " + cloud.name() + ".",
                        "the Office 365 tenant needs its <tenant>.mail.onmicrosoft.com accepted domain"));
    }
}
