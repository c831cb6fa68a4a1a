package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.protocol.tenant.ExchangeServerInfo;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One side of the hybrid as the wizard's stages see it: the cmdlets they read and run on one organization. The cloud
 * is reached over its admin API (the real wizard uses the tenant's remote PowerShell); each refusal arrives as a
 * {@link io.fedemu.client.http.ProblemException} with the organization's reason.
 */
public interface HybridOrganization {
    String name();

    /** The organization's namespace, the base of its Autodiscover, EWS and Outlook Web App URLs. */
    URI url();

    /** Get-FederationTrust; empty when the organization has none. */
    Optional<FederationTrust> federationTrust();

    /** New-FederationTrust: a self-signed federation certificate, registered at the federation gateway. */
    FederationTrust newFederationTrust();

    /**
     * Add-FederatedDomain (Set-FederatedOrganizationIdentifier -AccountNamespace for the first): the gateway checks
     * the domain's TXT proof.
     */
    FederationTrust addFederatedDomain(String domain);

    /** Get-FederationInformation -DomainName: what a partner's New-OrganizationRelationship needs. */
    FederationInformation federationInformation(String domain);

    /**
     * Where this organization's Autodiscover answered the last Get-FederationInformation (found in DNS), the
     * relationship's TargetAutodiscoverEpr without /WSSecurity.
     */
    URI autodiscoverUrl();

    List<AcceptedDomain> acceptedDomains();

    void newAcceptedDomain(AcceptedDomain domain);

    List<AddressPolicy> emailAddressPolicies();

    void setEmailAddressPolicy(String name, List<String> enabledEmailAddressTemplates);

    List<OrganizationRelationship> organizationRelationships();

    void newOrganizationRelationship(OrganizationRelationship relationship);

    void setOrganizationRelationship(String name, RelationshipChanges changes);

    List<AvailabilityAddressSpace> availabilityAddressSpaces();

    void addAvailabilityAddressSpace(AvailabilityAddressSpace space);

    void removeAvailabilityAddressSpace(String forestName);

    /** Get-ExchangeServer, with the version gate each breaks. */
    List<ExchangeServerInfo> exchangeServers();

    Optional<EwsVirtualDirectory> webServicesVirtualDirectory(String server);

    void setWebServicesVirtualDirectory(String server, String externalUrl, boolean mrsProxyEnabled);

    /**
     * Get-ReceiveConnector, Get-SendConnector, Get-InboundConnector, Get-OutboundConnector ({@code kind} as the admin
     * API names it): each connector's properties by name; empty when the side has none of that kind.
     */
    List<Map<String, Object>> connectors(String kind);

    /** New-SendConnector and its siblings: {@code properties} by Exchange's parameter names, with Name. */
    void newConnector(String kind, Map<String, Object> properties);

    /** Set-SendConnector and its siblings: only the parameters in {@code changes}. */
    void setConnector(String kind, String identity, Map<String, Object> changes);

    /** Get-ExchangeCertificate -Services SMTP: each certificate's TlsCertificateName and the names it carries. */
    List<SmtpCertificate> smtpCertificates();

    /** Get-FederationTrust's answer, as far as the wizard needs it. */
    record FederationTrust(String applicationUri, List<String> federatedDomains) {
        public FederationTrust {
            federatedDomains = federatedDomains == null ? List.of() : List.copyOf(federatedDomains);
        }
    }

    /** Get-AcceptedDomain: types Authoritative, InternalRelay, ExternalRelay. */
    record AcceptedDomain(String name, String domainName, String domainType) {}

    /** Get-EmailAddressPolicy: its enabled templates, {@code SMTP:%m@contoso.com} the primary one. */
    record AddressPolicy(String name, List<String> enabledEmailAddressTemplates) {
        public AddressPolicy {
            enabledEmailAddressTemplates =
                    enabledEmailAddressTemplates == null ? List.of() : List.copyOf(enabledEmailAddressTemplates);
        }
    }

    /** Get-WebServicesVirtualDirectory of one server. */
    record EwsVirtualDirectory(String server, String externalUrl, boolean mrsProxyEnabled) {}

    /** An SMTP certificate a side's servers hold. */
    record SmtpCertificate(String tlsCertificateName, List<String> names) {
        public SmtpCertificate {
            names = names == null ? List.of() : List.copyOf(names);
        }
    }
}
