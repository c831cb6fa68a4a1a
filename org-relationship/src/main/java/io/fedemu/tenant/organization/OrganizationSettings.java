package io.fedemu.tenant.organization;

import io.fedemu.protocol.tenant.AcceptedDomainInfo;
import io.fedemu.tenant.servers.ExchangeServer;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The building blocks of one organization that the Hybrid Configuration Wizard checks and sets (issue 17): accepted
 * domains, email address policies and EWS virtual directories. Created at the tenant's start with Exchange's defaults
 * (the organization's domains as Authoritative, "Default Policy" with {@code SMTP:%m@<first domain>}, no EWS
 * ExternalUrl); the topology seeds the scenario's values over them while the state directory has none of its own.
 */
public final class OrganizationSettings {
    private final Path home;
    private final AcceptedDomains acceptedDomains;
    private final EmailAddressPolicies emailAddressPolicies;
    private final WebServicesVirtualDirectories webServicesVirtualDirectories;

    /**
     * @param federatedDomains the federation trust's domains now (empty without a trust): they keep their accepted
     *     domains in use
     */
    public OrganizationSettings(
            Path home,
            String organization,
            boolean onPremises,
            List<String> domains,
            List<ExchangeServer> servers,
            Supplier<List<String>> federatedDomains) {
        this.home = home;
        this.acceptedDomains = new AcceptedDomains(home, organization, domains);
        this.emailAddressPolicies = new EmailAddressPolicies(home, organization, domains, acceptedDomains);
        this.webServicesVirtualDirectories = new WebServicesVirtualDirectories(home, organization, onPremises, servers);
        acceptedDomains.usedBy(domain -> {
            if (federatedDomains.get().stream().anyMatch(domain::equalsIgnoreCase)) {
                return Optional.of("it is a federated domain of the organization's federation trust "
                        + "(remove-federated-domain first)");
            }
            return emailAddressPolicies.using(domain);
        });
    }

    /** The tenant's state folder. */
    public Path home() {
        return home;
    }

    public AcceptedDomains acceptedDomains() {
        return acceptedDomains;
    }

    public EmailAddressPolicies emailAddressPolicies() {
        return emailAddressPolicies;
    }

    public WebServicesVirtualDirectories webServicesVirtualDirectories() {
        return webServicesVirtualDirectories;
    }

    /**
     * The scenario's values, where the state directory holds none yet.
     *
     * @param accepted  its accepted domains and their types
     * @param templates "Default Policy"'s templates
     * @param ewsExternalUrl the EWS ExternalUrl every Exchange 2013 Client Access server has, MRS proxy on; null:
     *     none (the blank start)
     */
    public void seed(List<AcceptedDomainInfo> accepted, List<String> templates, URI ewsExternalUrl) {
        acceptedDomains.seed(accepted);
        emailAddressPolicies.seed(templates);
        if (ewsExternalUrl != null) {
            webServicesVirtualDirectories.seedConfigured(ewsExternalUrl);
        }
    }
}
