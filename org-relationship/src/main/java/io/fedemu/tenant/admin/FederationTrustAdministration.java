package io.fedemu.tenant.admin;

import io.fedemu.client.gateway.GatewayClient;
import io.fedemu.tenant.federation.DelegationTokenValidator;
import io.fedemu.tenant.federation.GatewayMetadataCache;
import io.fedemu.tenant.federation.TenantFederationTrust;
import java.util.Optional;

/**
 * What {@code /admin/federation-trust} asks of the running organization (issue 17): its trust now, if it has one, and
 * the cmdlets that make the trust and change its domains. The tenant implements it; each call refuses with an
 * {@link AdminRefusedException}.
 */
public interface FederationTrustAdministration {
    /** The organization's name. */
    String organization();

    /** The trust and what works with it, or empty while the organization has none. */
    Optional<Trust> trust();

    /** New-FederationTrust. */
    void newFederationTrust();

    /** Add-FederatedDomain -DomainName. */
    void addFederatedDomain(String domain);

    /** Remove-FederatedDomain -DomainName. */
    void removeFederatedDomain(String domain);

    /** Whether {@code domain} is one of the organization's accepted domains (Get-FederatedDomainProof answers it). */
    boolean accepts(String domain);

    /** The federated half as the admin API uses it. */
    record Trust(
            TenantFederationTrust trust,
            GatewayMetadataCache metadata,
            GatewayClient gateway,
            DelegationTokenValidator validator) {}
}
