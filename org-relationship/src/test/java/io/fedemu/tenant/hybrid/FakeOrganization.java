package io.fedemu.tenant.hybrid;

import io.fedemu.client.http.ProblemException;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.gateway.Problem;
import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.protocol.tenant.ExchangeServerInfo;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One organization in memory, as the wizard's stages see it; every change is counted. */
final class FakeOrganization implements HybridOrganization {
    final String name;
    final String applicationUri;
    Optional<FederationTrust> trust = Optional.empty();
    final Set<String> proofsPublished = new HashSet<>();
    final List<AcceptedDomain> accepted = new ArrayList<>();
    final List<AddressPolicy> policies = new ArrayList<>();
    final List<OrganizationRelationship> relationships = new ArrayList<>();
    final List<AvailabilityAddressSpace> spaces = new ArrayList<>();
    final List<ExchangeServerInfo> servers = new ArrayList<>();
    final Map<String, EwsVirtualDirectory> directories = new LinkedHashMap<>();
    final Map<String, List<Map<String, Object>>> connectors = new HashMap<>();
    final List<SmtpCertificate> certificates = new ArrayList<>();
    final List<String> changes = new ArrayList<>();
    String refuseRelationships;

    FakeOrganization(String name, String applicationUri, String... acceptedDomains) {
        this.name = name;
        this.applicationUri = applicationUri;
        for (String domain : acceptedDomains) {
            accepted.add(new AcceptedDomain(domain, domain, "Authoritative"));
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public URI url() {
        return URI.create("https://" + name + ".example:443");
    }

    @Override
    public Optional<FederationTrust> federationTrust() {
        return trust;
    }

    @Override
    public FederationTrust newFederationTrust() {
        changes.add("New-FederationTrust");
        trust = Optional.of(new FederationTrust(applicationUri, List.of()));
        return trust.get();
    }

    @Override
    public FederationTrust addFederatedDomain(String domain) {
        if (!proofsPublished.contains(domain)) {
            throw new ProblemException(
                    400,
                    new Problem(
                            "urn:fedemu:reason:domain-proof-not-published",
                            "proof",
                            400,
                            "Proof of domain ownership has failed. Make sure that the TXT record for the specified "
                                    + "domain is available in DNS. The format of the TXT record should be \"" + domain
                                    + " IN TXT proof-of-" + domain + "\".",
                            "DOMAIN_PROOF_NOT_PUBLISHED"));
        }
        changes.add("Add-FederatedDomain " + domain);
        List<String> domains = new ArrayList<>(trust.orElseThrow().federatedDomains());
        domains.add(domain);
        trust = Optional.of(new FederationTrust(applicationUri, domains));
        return trust.get();
    }

    @Override
    public FederationInformation federationInformation(String domain) {
        return new FederationInformation(applicationUri, trust.orElseThrow().federatedDomains(), List.of());
    }

    @Override
    public URI autodiscoverUrl() {
        return URI.create(url() + "/autodiscover/autodiscover.svc");
    }

    @Override
    public List<AcceptedDomain> acceptedDomains() {
        return List.copyOf(accepted);
    }

    @Override
    public void newAcceptedDomain(AcceptedDomain domain) {
        changes.add("New-AcceptedDomain " + domain.domainName());
        accepted.add(domain);
    }

    @Override
    public List<AddressPolicy> emailAddressPolicies() {
        return List.copyOf(policies);
    }

    @Override
    public void setEmailAddressPolicy(String policy, List<String> templates) {
        changes.add("Set-EmailAddressPolicy " + policy);
        policies.replaceAll(p -> p.name().equals(policy) ? new AddressPolicy(policy, templates) : p);
    }

    @Override
    public List<OrganizationRelationship> organizationRelationships() {
        return List.copyOf(relationships);
    }

    @Override
    public void newOrganizationRelationship(OrganizationRelationship relationship) {
        if (refuseRelationships != null) {
            throw new ProblemException(
                    400, new Problem("urn:x", "refused", 400, refuseRelationships, "RELATIONSHIP_DOMAIN_TAKEN"));
        }
        changes.add("New-OrganizationRelationship " + relationship.name());
        relationships.add(relationship);
    }

    @Override
    public void setOrganizationRelationship(String relationship, RelationshipChanges set) {
        changes.add("Set-OrganizationRelationship " + relationship);
        relationships.replaceAll(r -> r.name().equals(relationship) ? r.with(set) : r);
    }

    @Override
    public List<AvailabilityAddressSpace> availabilityAddressSpaces() {
        return List.copyOf(spaces);
    }

    @Override
    public void addAvailabilityAddressSpace(AvailabilityAddressSpace space) {
        changes.add("Add-AvailabilityAddressSpace " + space.forestName());
        spaces.add(space);
    }

    @Override
    public void removeAvailabilityAddressSpace(String forestName) {
        changes.add("Remove-AvailabilityAddressSpace " + forestName);
        spaces.removeIf(s -> s.covers(forestName));
    }

    @Override
    public List<ExchangeServerInfo> exchangeServers() {
        return List.copyOf(servers);
    }

    @Override
    public Optional<EwsVirtualDirectory> webServicesVirtualDirectory(String server) {
        return Optional.ofNullable(directories.get(server));
    }

    @Override
    public void setWebServicesVirtualDirectory(String server, String externalUrl, boolean mrsProxyEnabled) {
        changes.add("Set-WebServicesVirtualDirectory " + server);
        directories.put(server, new EwsVirtualDirectory(server, externalUrl, mrsProxyEnabled));
    }

    @Override
    public List<Map<String, Object>> connectors(String kind) {
        return List.copyOf(connectors.getOrDefault(kind, List.of()));
    }

    @Override
    public void newConnector(String kind, Map<String, Object> properties) {
        changes.add("New " + kind + " " + properties.get("Name"));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("identity", properties.get("Name"));
        view.put("name", properties.get("Name"));
        properties.forEach((k, v) -> view.put(Character.toLowerCase(k.charAt(0)) + k.substring(1), v));
        connectors.computeIfAbsent(kind, k -> new ArrayList<>()).add(view);
    }

    @Override
    public void setConnector(String kind, String identity, Map<String, Object> set) {
        changes.add("Set " + kind + " " + identity);
        for (Map<String, Object> connector : connectors.get(kind)) {
            String id = String.valueOf(connector.get("identity"));
            if (id.equalsIgnoreCase(identity) || identity.endsWith("\\" + connector.get("name"))) {
                set.forEach((k, v) -> connector.put(Character.toLowerCase(k.charAt(0)) + k.substring(1), v));
            }
        }
    }

    @Override
    public List<SmtpCertificate> smtpCertificates() {
        return List.copyOf(certificates);
    }
}
