package io.fedemu.tenant.organization;

import io.fedemu.certs.FederatedDomainProof;
import io.fedemu.client.http.ProblemException;
import io.fedemu.protocol.reason.Reason;
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

    private final String organization;
    private final java.util.Optional<TenantFederationTrust> trust;
    private final AcceptedDomains acceptedDomains;

    /** @param trust the organization's federation trust now, if it has one */
    public FederatedDomains(
            String organization, java.util.Optional<TenantFederationTrust> trust, AcceptedDomains acceptedDomains) {
        this.organization = organization;
        this.trust = trust;
        this.acceptedDomains = acceptedDomains;
    }

    /** Add-FederatedDomain -DomainName. */
    public void add(String domainName) {
        TenantFederationTrust trust = trust();
        String domain = checked(domainName);
        if (!acceptedDomains.accepts(domain)) {
            throw new AdminRefusedException(
                    Reason.FEDERATED_DOMAIN_NOT_ACCEPTED,
                    "DomainName: The domain " + domain + " is not an accepted domain of organization " + organization
                            + ". Add it with new-accepted-domain first.");
        }
        if (trust.domains().stream().anyMatch(domain::equalsIgnoreCase)) {
            throw new AdminRefusedException(
                    Reason.FEDERATED_DOMAIN_EXISTS,
                    "DomainName: The domain " + domain + " is already federated by organization " + organization + ".");
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
                            + organization);
        }
        try {
            trust.removeDomain(domain);
        } catch (ProblemException e) {
            throw gatewayRefused(e);
        }
    }

    private TenantFederationTrust trust() {
        return trust.orElseThrow(() -> new AdminRefusedException(
                Reason.FEDERATION_TRUST_NOT_FOUND,
                "No Federation trust is configured for this organization or no domain is federated as the "
                        + "account namespace. Run new-federation-trust --tenant " + organization
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
