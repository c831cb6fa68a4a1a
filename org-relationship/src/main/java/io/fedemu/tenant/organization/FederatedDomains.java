package io.fedemu.tenant.organization;

import io.fedemu.certs.FederatedDomainProof;
import io.fedemu.client.http.ProblemException;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.admin.AdminRefusedException;
import io.fedemu.tenant.federation.TenantFederationTrust;
import java.util.regex.Pattern;

/**
 * Add- and Remove-FederatedDomain with Exchange's checks before the gateway is asked: a trust must exist, the domain
 * must be an accepted domain and not federated yet. The gateway's own refusal (the proof of ownership it cannot find,
 * a domain another organization holds) comes back with its reason and text; nothing changes here then.
 */
public final class FederatedDomains {
    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");

    private final Tenant tenant;
    private final AcceptedDomains acceptedDomains;

    public FederatedDomains(Tenant tenant, AcceptedDomains acceptedDomains) {
        this.tenant = tenant;
        this.acceptedDomains = acceptedDomains;
    }

    /** Add-FederatedDomain -DomainName. */
    public void add(String domainName) {
        TenantFederationTrust trust = trust();
        String domain = checked(domainName);
        if (!acceptedDomains.accepts(domain)) {
            throw new AdminRefusedException(
                    Reason.FEDERATED_DOMAIN_NOT_ACCEPTED,
                    "DomainName: The domain " + domain + " is not an accepted domain of organization " + tenant.name()
                            + ". Add it with new-accepted-domain first.");
        }
        if (trust.domains().stream().anyMatch(domain::equalsIgnoreCase)) {
            throw new AdminRefusedException(
                    Reason.FEDERATED_DOMAIN_EXISTS,
                    "DomainName: The domain " + domain + " is already federated by organization " + tenant.name()
                            + ".");
        }
        try {
            trust.addDomain(domain);
        } catch (ProblemException e) {
            throw gatewayRefused(e);
        }
    }

    /** Remove-FederatedDomain -DomainName. */
    public void remove(String domainName) {
        TenantFederationTrust trust = trust();
        String domain = checked(domainName);
        if (trust.domains().stream().noneMatch(domain::equalsIgnoreCase)) {
            throw new AdminRefusedException(
                    Reason.DOMAIN_NOT_FEDERATED,
                    "DomainName: " + domain + " is not among the federated domains " + trust.domains() + " of "
                            + tenant.name());
        }
        try {
            trust.removeDomain(domain);
        } catch (ProblemException e) {
            throw gatewayRefused(e);
        }
    }

    private TenantFederationTrust trust() {
        return tenant.federation()
                .map(Tenant.Federation::trust)
                .orElseThrow(() -> new AdminRefusedException(
                        Reason.FEDERATION_TRUST_NOT_FOUND,
                        "No Federation trust is configured for this organization or no domain is federated as the "
                                + "account namespace. Run new-federation-trust --tenant " + tenant.name()
                                + " first."));
    }

    private static String checked(String domainName) {
        String domain = domainName == null ? "" : FederatedDomainProof.canonical(domainName.trim());
        if (!DOMAIN.matcher(domain).matches()) {
            throw new AdminRefusedException(
                    Reason.DOMAIN_MALFORMED, "DomainName: '" + domainName + "' is not a DNS domain name");
        }
        return domain;
    }

    /** The gateway's refusal, its reason and words kept (a reason this build does not know is a failed proof). */
    private static AdminRefusedException gatewayRefused(ProblemException e) {
        Reason reason = Reason.byName(e.problem().reason());
        return new AdminRefusedException(
                reason == null ? Reason.DOMAIN_PROOF_INVALID : reason,
                e.problem().detail());
    }
}
