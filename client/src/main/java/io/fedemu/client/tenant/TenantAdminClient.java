package io.fedemu.client.tenant;

import io.fedemu.client.http.JsonHttp;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.tenant.AutomaticReplies;
import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.protocol.tenant.DatabaseActivation;
import io.fedemu.protocol.tenant.DatabaseMoveResult;
import io.fedemu.protocol.tenant.DistributionGroupInfo;
import io.fedemu.protocol.tenant.DomainProofInfo;
import io.fedemu.protocol.tenant.ExchangeServerInfo;
import io.fedemu.protocol.tenant.FederationTrustInfo;
import io.fedemu.protocol.tenant.MailboxDatabaseInfo;
import io.fedemu.protocol.tenant.MailboxListing;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.protocol.tenant.TokenTestInfo;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * A tenant's admin API as the diagnostics and the cmdlets read it: Get-FederationTrust,
 * Get-OrganizationRelationship, the mailbox listing, servers and databases, and the token round trip. Refusals
 * arrive as {@link io.fedemu.client.http.ProblemException}.
 */
public final class TenantAdminClient {
    private final String admin;
    private final JsonHttp http;

    /** @param adminUrl the tenant's admin base, e.g. {@code https://host:port/admin} */
    /** @param credential the state directory's admin token (endpoints.json {@code admin.token}) */
    public TenantAdminClient(URI adminUrl, SSLContext tls, AdminCredential credential) {
        this(adminUrl, new JsonHttp(tls, Duration.ofSeconds(10)), credential);
    }

    public TenantAdminClient(URI adminUrl, JsonHttp http, AdminCredential credential) {
        String text = adminUrl.toString();
        this.admin = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.http = http.withAdmin(credential);
    }

    /** The admin base of a tenant whose base URL is {@code tenantUrl}. */
    public static URI adminOf(URI tenantUrl) {
        String text = tenantUrl.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + TenantAdminPaths.ADMIN);
    }

    public URI url() {
        return URI.create(admin);
    }

    public FederationTrustInfo federationTrust() {
        return http.expect(http.get(uri("/federation-trust")), FederationTrustInfo.class);
    }

    public FederationTrustInfo refreshMetadata() {
        return http.expect(http.postJson(uri("/federation-trust/refresh-metadata"), null), FederationTrustInfo.class);
    }

    public List<OrganizationRelationship> organizationRelationships() {
        return List.of(http.expect(http.get(uri("/organization-relationships")), OrganizationRelationship[].class));
    }

    /** Get-OrganizationRelationship -Identity name; a missing one is a 404 {@link io.fedemu.client.http.ProblemException}. */
    public OrganizationRelationship organizationRelationship(String name) {
        return http.expect(http.get(relationship(name)), OrganizationRelationship.class);
    }

    public OrganizationRelationship createOrganizationRelationship(OrganizationRelationship relationship) {
        return http.expect(
                http.postJson(uri("/organization-relationships"), relationship), OrganizationRelationship.class);
    }

    public OrganizationRelationship setOrganizationRelationship(String name, RelationshipChanges changes) {
        return http.expect(http.putJson(relationship(name), changes), OrganizationRelationship.class);
    }

    public void removeOrganizationRelationship(String name) {
        http.expect(http.delete(relationship(name)), Void.class);
    }

    /** Get-AvailabilityAddressSpace: every address space, in the order they were added. */
    public List<AvailabilityAddressSpace> availabilityAddressSpaces() {
        return List.of(http.expect(
                http.get(uri(TenantAdminPaths.AVAILABILITY_ADDRESS_SPACES)), AvailabilityAddressSpace[].class));
    }

    /** Get-AvailabilityAddressSpace -Identity forestName; a missing one is a 404 problem. */
    public AvailabilityAddressSpace availabilityAddressSpace(String forestName) {
        return http.expect(
                http.get(uri(TenantAdminPaths.AVAILABILITY_ADDRESS_SPACES + "/" + pathSegment(forestName))),
                AvailabilityAddressSpace.class);
    }

    /** Add-AvailabilityAddressSpace; a refusal is a {@link io.fedemu.client.http.ProblemException} naming the field. */
    public AvailabilityAddressSpace addAvailabilityAddressSpace(AvailabilityAddressSpace space) {
        return http.expect(
                http.postJson(uri(TenantAdminPaths.AVAILABILITY_ADDRESS_SPACES), space),
                AvailabilityAddressSpace.class);
    }

    /** Remove-AvailabilityAddressSpace -Identity forestName. */
    public void removeAvailabilityAddressSpace(String forestName) {
        http.expect(
                http.delete(uri(TenantAdminPaths.AVAILABILITY_ADDRESS_SPACES + "/" + pathSegment(forestName))),
                Void.class);
    }

    /** Get-MailboxAutoReplyConfiguration: the mailbox's automatic replies. */
    public AutomaticReplies automaticReplies(String mailbox) {
        return http.expect(
                http.get(uri(TenantAdminPaths.automaticReplies(pathSegment(mailbox)))), AutomaticReplies.class);
    }

    /** Set-MailboxAutoReplyConfiguration; a refusal is a {@link io.fedemu.client.http.ProblemException}. */
    public AutomaticReplies setAutomaticReplies(String mailbox, AutomaticReplies replies) {
        return http.expect(
                http.putJson(uri(TenantAdminPaths.automaticReplies(pathSegment(mailbox))), replies),
                AutomaticReplies.class);
    }

    /**
     * Get-MessageTrackingLog (issue 15): the events matching {@code filters} (sender, recipients, messageId, eventId,
     * start, end, resultSize; a null value is left out); a bad filter is a {@link io.fedemu.client.http.ProblemException}.
     */
    public List<io.fedemu.protocol.tenant.MessageTrackingEvent> messageTrackingLog(
            java.util.Map<String, String> filters) {
        StringBuilder query = new StringBuilder();
        filters.forEach((name, value) -> {
            if (value != null) {
                query.append(query.length() == 0 ? "?" : "&")
                        .append(encode(name))
                        .append('=')
                        .append(encode(value));
            }
        });
        return List.of(http.expect(
                http.get(uri(TenantAdminPaths.MESSAGE_TRACKING_LOG + query)),
                io.fedemu.protocol.tenant.MessageTrackingEvent[].class));
    }

    /** Set-FederationTrust -Thumbprint: the tenant generates the next certificate itself. */
    public FederationTrustInfo stageNextCertificate() {
        return http.expect(http.postJson(uri("/federation-trust/next-certificate"), null), FederationTrustInfo.class);
    }

    /** Set-FederationTrust -PublishFederationCertificate. */
    public FederationTrustInfo publishNextCertificate() {
        return http.expect(http.postJson(uri("/federation-trust/publish"), null), FederationTrustInfo.class);
    }

    public DomainProofInfo domainProof(String domain) {
        return http.expect(
                http.get(uri("/federation-trust/domain-proof/" + pathSegment(domain))), DomainProofInfo.class);
    }

    /** What is broken on purpose in this organization ({@code GET /admin/faults}). */
    public TenantFaults faults() {
        return http.expect(http.get(uri("/faults")), TenantFaults.class);
    }

    /** Replaces every fault of this organization; absent fields mean no fault. */
    public TenantFaults setFaults(TenantFaults faults) {
        return http.expect(http.putJson(uri("/faults"), faults), TenantFaults.class);
    }

    /** Mends every fault and sets the clock right. */
    public TenantFaults clearFaults() {
        return http.expect(http.delete(uri("/faults")), TenantFaults.class);
    }

    /** The hops this tenant recorded for one request, oldest first. */
    public List<JournalEntry> journal(String requestId) {
        return List.of(http.expect(http.get(uri("/journal?requestId=" + encode(requestId))), JournalEntry[].class));
    }

    public MailboxListing mailboxes() {
        return http.expect(http.get(uri(TenantAdminPaths.MAILBOXES)), MailboxListing.class);
    }

    /** Get-ExchangeServer: every server of the organization, in the order the scenario lists them. */
    public List<ExchangeServerInfo> exchangeServers() {
        return List.of(http.expect(http.get(uri(TenantAdminPaths.SERVERS)), ExchangeServerInfo[].class));
    }

    /** Get-ExchangeServer -Identity name; an unknown one is a 404 {@link io.fedemu.client.http.ProblemException}. */
    public ExchangeServerInfo exchangeServer(String name) {
        return http.expect(http.get(uri(TenantAdminPaths.server(pathSegment(name)))), ExchangeServerInfo.class);
    }

    /** Get-DistributionGroup: every distribution group with its direct members. */
    public List<DistributionGroupInfo> distributionGroups() {
        return List.of(http.expect(http.get(uri(TenantAdminPaths.DISTRIBUTION_GROUPS)), DistributionGroupInfo[].class));
    }

    /** Get-DistributionGroup -Identity name or address; an unknown one is a 404 problem. */
    public DistributionGroupInfo distributionGroup(String identity) {
        return http.expect(
                http.get(uri(TenantAdminPaths.distributionGroup(pathSegment(identity)))), DistributionGroupInfo.class);
    }

    /** Get-MailboxDatabase -Status: every database with its copies. */
    public List<MailboxDatabaseInfo> mailboxDatabases() {
        return List.of(http.expect(http.get(uri(TenantAdminPaths.DATABASES)), MailboxDatabaseInfo[].class));
    }

    /** Get-MailboxDatabase -Identity name -Status. */
    public MailboxDatabaseInfo mailboxDatabase(String name) {
        return http.expect(http.get(uri(TenantAdminPaths.database(pathSegment(name)))), MailboxDatabaseInfo.class);
    }

    /** Move-ActiveMailboxDatabase name -ActivateOnServer server. */
    public DatabaseMoveResult moveActiveMailboxDatabase(String database, String server) {
        return http.expect(
                http.postJson(uri(TenantAdminPaths.activation(pathSegment(database))), new DatabaseActivation(server)),
                DatabaseMoveResult.class);
    }

    /** A token round trip made by the tenant; {@code audience} and {@code user} may be null (own URI, test user). */
    public TokenTestInfo testToken(String audience, String user) {
        return testToken(audience, user, null);
    }

    /** The same for another offer's token ({@code MSExchange.Autodiscover}); null is the free/busy offer. */
    public TokenTestInfo testToken(String audience, String user, String offer) {
        StringBuilder query = new StringBuilder();
        if (offer != null) {
            query.append("offer=").append(encode(offer));
        }
        if (audience != null) {
            query.append(query.length() == 0 ? "" : "&").append("audience=").append(encode(audience));
        }
        if (user != null) {
            query.append(query.length() == 0 ? "" : "&").append("user=").append(encode(user));
        }
        return http.expect(
                http.postJson(uri("/federation-trust/test-token" + (query.length() == 0 ? "" : "?" + query)), null),
                TokenTestInfo.class);
    }

    /** Get-HybridConfiguration (issue 17); none yet is a 404 problem HYBRID_CONFIGURATION_NOT_FOUND. */
    public io.fedemu.protocol.hybrid.HybridConfigurationInfo hybridConfiguration() {
        return http.expect(
                http.get(uri(io.fedemu.protocol.hybrid.HybridConfigurationInfo.PATH)),
                io.fedemu.protocol.hybrid.HybridConfigurationInfo.class);
    }

    /** Set-HybridConfiguration (New- when there is none): only the non-null parameters change. */
    public io.fedemu.protocol.hybrid.HybridConfigurationInfo setHybridConfiguration(
            io.fedemu.protocol.hybrid.HybridConfigurationInfo changes) {
        return http.expect(
                http.putJson(uri(io.fedemu.protocol.hybrid.HybridConfigurationInfo.PATH), changes),
                io.fedemu.protocol.hybrid.HybridConfigurationInfo.class);
    }

    /**
     * Update-HybridConfiguration against the Exchange Online organization {@code cloud}: every stage, or only
     * {@code stage} when it is not null; with {@code dryRun} the plan, nothing changed.
     */
    public io.fedemu.protocol.hybrid.HybridUpdateReport updateHybridConfiguration(
            String cloud, Integer stage, boolean dryRun) {
        String query =
                "?cloud=" + encode(cloud) + (stage == null ? "" : "&stage=" + stage) + (dryRun ? "&dryRun=true" : "");
        return http.expect(
                http.postJson(uri(io.fedemu.protocol.hybrid.HybridConfigurationInfo.UPDATE_PATH + query), null),
                io.fedemu.protocol.hybrid.HybridUpdateReport.class);
    }

    /**
     * Get-ReceiveConnector and its siblings (issue 15): {@code kind} is {@code receive-connectors},
     * {@code send-connectors}, {@code inbound-connectors} or {@code outbound-connectors}; each connector as its
     * properties by name.
     */
    @SuppressWarnings("unchecked")
    public List<java.util.Map<String, Object>> mailConnectors(String kind) {
        return List.of(
                http.expect(http.get(uri(TenantAdminPaths.MAIL + "/" + pathSegment(kind))), java.util.Map[].class));
    }

    /** Set-ReceiveConnector and its siblings: only the parameters in {@code changes}; the connector as it is now. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Object> setMailConnector(
            String kind, String identity, java.util.Map<String, Object> changes) {
        return http.expect(
                http.putJson(
                        uri(TenantAdminPaths.MAIL + "/" + pathSegment(kind) + "/" + pathSegment(identity)), changes),
                java.util.Map.class);
    }

    /** Get-TransportConfig's Domain Security lists. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Object> transportConfig() {
        return http.expect(http.get(uri(TenantAdminPaths.MAIL + "/transport-config")), java.util.Map.class);
    }

    /** Set-TransportConfig: only the lists in {@code changes}. */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Object> setTransportConfig(java.util.Map<String, Object> changes) {
        return http.expect(
                http.putJson(uri(TenantAdminPaths.MAIL + "/transport-config"), changes), java.util.Map.class);
    }

    // --- issue 17: the organization's building blocks (docs/PROTOCOL.md section 23). ---------------------------

    /** New-FederationTrust: the trust, registered at the gateway with no domain yet; 409 when one exists. */
    public FederationTrustInfo newFederationTrust() {
        return http.expect(http.postJson(uri(TenantAdminPaths.FEDERATION_TRUST), null), FederationTrustInfo.class);
    }

    /** Add-FederatedDomain -DomainName (the gateway's refusal comes back with its reason and text). */
    public FederationTrustInfo addFederatedDomain(String domainName) {
        return http.expect(
                http.postJson(
                        uri(TenantAdminPaths.FEDERATION_TRUST + "/domains"),
                        new io.fedemu.protocol.tenant.FederatedDomainRequest(domainName)),
                FederationTrustInfo.class);
    }

    /** Remove-FederatedDomain -DomainName. */
    public FederationTrustInfo removeFederatedDomain(String domainName) {
        return http.expect(
                http.delete(uri(TenantAdminPaths.FEDERATION_TRUST + "/domains/" + pathSegment(domainName))),
                FederationTrustInfo.class);
    }

    /** Get-AcceptedDomain. */
    public List<io.fedemu.protocol.tenant.AcceptedDomainInfo> acceptedDomains() {
        return List.of(http.expect(
                http.get(uri(TenantAdminPaths.ACCEPTED_DOMAINS)),
                io.fedemu.protocol.tenant.AcceptedDomainInfo[].class));
    }

    /** New-AcceptedDomain; the domain as stored (its name and type filled in). */
    public io.fedemu.protocol.tenant.AcceptedDomainInfo newAcceptedDomain(
            io.fedemu.protocol.tenant.AcceptedDomainInfo domain) {
        return http.expect(
                http.postJson(uri(TenantAdminPaths.ACCEPTED_DOMAINS), domain),
                io.fedemu.protocol.tenant.AcceptedDomainInfo.class);
    }

    /** Remove-AcceptedDomain -Identity (its domain name or name). */
    public void removeAcceptedDomain(String identity) {
        http.expect(http.delete(uri(TenantAdminPaths.ACCEPTED_DOMAINS + "/" + pathSegment(identity))), Void.class);
    }

    /** Get-EmailAddressPolicy. */
    public List<io.fedemu.protocol.tenant.EmailAddressPolicyInfo> emailAddressPolicies() {
        return List.of(http.expect(
                http.get(uri(TenantAdminPaths.EMAIL_ADDRESS_POLICIES)),
                io.fedemu.protocol.tenant.EmailAddressPolicyInfo[].class));
    }

    /** Set-EmailAddressPolicy -Identity name -EnabledEmailAddressTemplates (all of them). */
    public io.fedemu.protocol.tenant.EmailAddressPolicyInfo setEmailAddressPolicy(String name, List<String> templates) {
        return http.expect(
                http.putJson(
                        uri(TenantAdminPaths.EMAIL_ADDRESS_POLICIES + "/" + pathSegment(name)),
                        new io.fedemu.protocol.tenant.EmailAddressPolicyInfo(null, null, templates)),
                io.fedemu.protocol.tenant.EmailAddressPolicyInfo.class);
    }

    /** Get-WebServicesVirtualDirectory -Server. */
    public io.fedemu.protocol.tenant.WebServicesVirtualDirectoryInfo webServicesVirtualDirectory(String server) {
        return http.expect(
                http.get(uri(TenantAdminPaths.ewsVirtualDirectory(pathSegment(server)))),
                io.fedemu.protocol.tenant.WebServicesVirtualDirectoryInfo.class);
    }

    /**
     * Set-WebServicesVirtualDirectory: {@code externalUrl} null keeps it, {@code ""} clears it; {@code mrsProxyEnabled}
     * null keeps it.
     */
    public io.fedemu.protocol.tenant.WebServicesVirtualDirectoryInfo setWebServicesVirtualDirectory(
            String server, String externalUrl, Boolean mrsProxyEnabled) {
        return http.expect(
                http.putJson(
                        uri(TenantAdminPaths.ewsVirtualDirectory(pathSegment(server))),
                        new io.fedemu.protocol.tenant.WebServicesVirtualDirectoryInfo(
                                null, null, externalUrl, mrsProxyEnabled)),
                io.fedemu.protocol.tenant.WebServicesVirtualDirectoryInfo.class);
    }

    /** New-SendConnector, -InboundConnector or -OutboundConnector ({@code kind} as {@link #mailConnectors}). */
    @SuppressWarnings("unchecked")
    public java.util.Map<String, Object> newConnector(String kind, java.util.Map<String, Object> settings) {
        return http.expect(
                http.postJson(uri(TenantAdminPaths.MAIL + "/" + pathSegment(kind)), settings), java.util.Map.class);
    }

    /** Remove-SendConnector, -InboundConnector or -OutboundConnector -Identity. */
    public void removeConnector(String kind, String identity) {
        http.expect(
                http.delete(uri(TenantAdminPaths.MAIL + "/" + pathSegment(kind) + "/" + pathSegment(identity))),
                Void.class);
    }

    private URI uri(String path) {
        return URI.create(admin + path);
    }

    private URI relationship(String name) {
        return uri("/organization-relationships/" + pathSegment(name));
    }

    /** Relationship names have spaces ("To contoso cloud"): a path wants %20, not the form encoding's '+'. */
    private static String pathSegment(String value) {
        return encode(value).replace("+", "%20");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
