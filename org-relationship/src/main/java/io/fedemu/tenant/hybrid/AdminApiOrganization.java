package io.fedemu.tenant.hybrid;

import io.fedemu.client.autodiscover.AutodiscoverClient;
import io.fedemu.client.dns.AutodiscoverLocations;
import io.fedemu.client.dns.DnsLookup;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.client.http.ProblemException;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.protocol.tenant.ExchangeServerInfo;
import io.fedemu.protocol.tenant.FederationTrustInfo;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;

/**
 * One organization's cmdlets over its admin API, with the admin credential: how the wizard reaches Exchange Online
 * (the real one uses the tenant's remote PowerShell), and its own organization's building blocks too, which the
 * tenant serves at the same paths.
 */
public final class AdminApiOrganization implements HybridOrganization {
    private static final int NOT_FOUND = 404;

    private final String name;
    private final URI url;
    private final SSLContext tls;
    private final JsonHttp http;
    private final TenantAdminClient admin;
    private final String base;
    private final Supplier<Optional<DnsLookup>> dns;
    /** Where Get-FederationInformation last found this organization's Autodiscover. */
    private volatile URI answered;

    /**
     * @param url the organization's namespace, {@code https://host:port}
     * @param dns the resolver Get-FederationInformation finds Autodiscover with, when the emulator runs a DNS
     */
    public AdminApiOrganization(
            String name, URI url, SSLContext tls, AdminCredential credential, Supplier<Optional<DnsLookup>> dns) {
        this.name = name;
        this.dns = dns;
        this.url = url;
        this.tls = tls;
        this.http = new JsonHttp(tls, Duration.ofSeconds(30)).withAdmin(credential);
        this.admin = new TenantAdminClient(TenantAdminClient.adminOf(url), http, credential);
        this.base = TenantAdminClient.adminOf(url).toString();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public URI url() {
        return url;
    }

    @Override
    public Optional<FederationTrust> federationTrust() {
        return absentOn404(() -> {
            FederationTrustInfo info = admin.federationTrust();
            return new FederationTrust(info.applicationUri(), info.federatedDomains());
        });
    }

    @Override
    public FederationTrust newFederationTrust() {
        FederationTrustInfo info =
                http.expect(http.postJson(uri("/federation-trust"), null), FederationTrustInfo.class);
        return new FederationTrust(info.applicationUri(), info.federatedDomains());
    }

    @Override
    public FederationTrust addFederatedDomain(String domain) {
        FederationTrustInfo info = http.expect(
                http.postJson(uri("/federation-trust/domains"), Map.of("domainName", domain)),
                FederationTrustInfo.class);
        return new FederationTrust(info.applicationUri(), info.federatedDomains());
    }

    /**
     * Get-FederationInformation -DomainName as Exchange's pipeline runs it: the domain's Autodiscover found in DNS
     * (the SRV record, then the A record; docs/PROTOCOL.md section 22), the first that answers; without a resolver, the
     * organization's namespace.
     */
    @Override
    public FederationInformation federationInformation(String domain) {
        List<URI> candidates = dns.get()
                .map(lookup -> AutodiscoverLocations.of(domain, lookup))
                .orElseGet(() -> List.of(namespaceAutodiscover()));
        if (candidates.isEmpty()) {
            throw new HybridStageFailure(
                    io.fedemu.protocol.reason.Reason.HYBRID_STEP_REFUSED,
                    "Federation information could not be received from the external organization: DNS has neither an "
                            + "SRV record _autodiscover._tcp." + domain + " nor an A record autodiscover." + domain,
                    "publish the Autodiscover records of " + domain + " (fedemu add-dns-record), then run the wizard "
                            + "again");
        }
        UnreachableException last = null;
        for (URI candidate : candidates) {
            try {
                FederationInformation information =
                        new AutodiscoverClient(candidate, tls).getFederationInformation(domain);
                answered = candidate;
                return information;
            } catch (UnreachableException e) {
                last = e;
            }
        }
        throw last;
    }

    @Override
    public URI autodiscoverUrl() {
        return answered != null ? answered : namespaceAutodiscover();
    }

    private URI namespaceAutodiscover() {
        return URI.create(url.toString().replaceAll("/+$", "") + AutodiscoverLocations.PATH);
    }

    @Override
    public List<AcceptedDomain> acceptedDomains() {
        return Arrays.asList(http.expect(http.get(uri("/accepted-domains")), AcceptedDomain[].class));
    }

    @Override
    public void newAcceptedDomain(AcceptedDomain domain) {
        http.expect(http.postJson(uri("/accepted-domains"), domain), Map.class);
    }

    @Override
    public List<AddressPolicy> emailAddressPolicies() {
        return Arrays.asList(http.expect(http.get(uri("/email-address-policies")), AddressPolicy[].class));
    }

    @Override
    public void setEmailAddressPolicy(String policy, List<String> enabledEmailAddressTemplates) {
        http.expect(
                http.putJson(
                        uri("/email-address-policies/" + segment(policy)),
                        Map.of("enabledEmailAddressTemplates", enabledEmailAddressTemplates)),
                Map.class);
    }

    @Override
    public List<OrganizationRelationship> organizationRelationships() {
        return admin.organizationRelationships();
    }

    @Override
    public void newOrganizationRelationship(OrganizationRelationship relationship) {
        admin.createOrganizationRelationship(relationship);
    }

    @Override
    public void setOrganizationRelationship(String relationship, RelationshipChanges changes) {
        admin.setOrganizationRelationship(relationship, changes);
    }

    @Override
    public List<AvailabilityAddressSpace> availabilityAddressSpaces() {
        return admin.availabilityAddressSpaces();
    }

    @Override
    public void addAvailabilityAddressSpace(AvailabilityAddressSpace space) {
        admin.addAvailabilityAddressSpace(space);
    }

    @Override
    public void removeAvailabilityAddressSpace(String forestName) {
        admin.removeAvailabilityAddressSpace(forestName);
    }

    @Override
    public List<ExchangeServerInfo> exchangeServers() {
        return admin.exchangeServers();
    }

    @Override
    public Optional<EwsVirtualDirectory> webServicesVirtualDirectory(String server) {
        return absentOn404(() -> {
            Map<?, ?> directory = http.expect(http.get(uri(ewsDirectory(server))), Map.class);
            Object external = directory.get("externalUrl");
            return new EwsVirtualDirectory(
                    server,
                    external == null ? null : external.toString(),
                    Boolean.TRUE.equals(directory.get("mrsProxyEnabled")));
        });
    }

    @Override
    public void setWebServicesVirtualDirectory(String server, String externalUrl, boolean mrsProxyEnabled) {
        http.expect(
                http.putJson(
                        uri(ewsDirectory(server)),
                        Map.of("externalUrl", externalUrl, "mrsProxyEnabled", mrsProxyEnabled)),
                Map.class);
    }

    @Override
    public List<Map<String, Object>> connectors(String kind) {
        return absentOn404(() -> admin.mailConnectors(kind)).orElse(List.of());
    }

    @Override
    public void newConnector(String kind, Map<String, Object> properties) {
        http.expect(http.postJson(uri(TenantAdminPaths.MAIL + "/" + kind), properties), Map.class);
    }

    @Override
    public void setConnector(String kind, String identity, Map<String, Object> changes) {
        admin.setMailConnector(kind, identity, changes);
    }

    @Override
    public List<SmtpCertificate> smtpCertificates() {
        return absentOn404(() -> Arrays.asList(
                        http.expect(http.get(uri(TenantAdminPaths.MAIL + "/certificates")), SmtpCertificate[].class)))
                .orElse(List.of());
    }

    private static String ewsDirectory(String server) {
        return TenantAdminPaths.server(segment(server)) + "/ews-virtual-directory";
    }

    /** A Get- whose object does not exist answers 404: absent, not an error. */
    private static <T> Optional<T> absentOn404(Supplier<T> get) {
        try {
            return Optional.of(get.get());
        } catch (ProblemException e) {
            if (e.status() == NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
