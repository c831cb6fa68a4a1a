package io.fedemu.tenant;

import io.fedemu.tenant.admin.FederationTrustAdministration;
import java.util.Optional;
import java.util.function.Supplier;

/** The running tenant as {@code /admin/federation-trust} sees it (issue 17): asked per request. */
final class FederationTrustCmdlets implements FederationTrustAdministration {
    private final Supplier<Tenant> tenant;

    FederationTrustCmdlets(Supplier<Tenant> tenant) {
        this.tenant = tenant;
    }

    @Override
    public String organization() {
        return tenant.get().name();
    }

    @Override
    public Optional<Trust> trust() {
        Tenant running = tenant.get();
        return running == null
                ? Optional.empty()
                : running.federation().map(f -> new Trust(f.trust(), f.metadata(), f.gateway(), f.validator()));
    }

    @Override
    public void newFederationTrust() {
        tenant.get().newFederationTrust();
    }

    @Override
    public void addFederatedDomain(String domain) {
        tenant.get().addFederatedDomain(domain);
    }

    @Override
    public void removeFederatedDomain(String domain) {
        tenant.get().removeFederatedDomain(domain);
    }

    @Override
    public boolean accepts(String domain) {
        return tenant.get().organizationSettings().acceptedDomains().accepts(domain);
    }
}
