package io.fedemu.tenant.federation;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateKind;
import io.fedemu.certs.CertificateSlots;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import io.fedemu.certs.FederatedDomainProof;
import io.fedemu.certs.PemFiles;
import io.fedemu.client.gateway.FederationAssertions;
import io.fedemu.client.gateway.GatewayAdminClient;
import io.fedemu.client.http.ProblemException;
import io.fedemu.protocol.gateway.CertificateInfo;
import io.fedemu.protocol.gateway.OrganizationInfo;
import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.protocol.gateway.OrganizationRegistration;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The tenant's federation trust (Get-FederationTrust): its own federation certificate slots, kept in
 * the state directory, and its registration at the gateway. {@link #establish()} makes the gateway
 * know the organization and its domains, proving each with {@link FederatedDomainProof}; rollover
 * changes both sides (Set-FederationTrust -Thumbprint, -PublishFederationCertificate).
 */
public final class TenantFederationTrust {
    private final String name;
    private final OrganizationKind kind;
    private final String applicationUri;
    private final List<String> domains;
    private final CertificateStore store;
    private final Clock clock;
    private final GatewayAdminClient gatewayAdmin;
    private final AtomicReference<CertificateSlots<Credential>> slots;

    public TenantFederationTrust(
            String name,
            OrganizationKind kind,
            String applicationUri,
            List<String> domains,
            CertificateStore store,
            Clock clock,
            GatewayAdminClient gatewayAdmin) {
        this.name = name;
        this.kind = kind;
        this.applicationUri = applicationUri;
        this.domains = List.copyOf(domains);
        this.store = store;
        this.clock = clock;
        this.gatewayAdmin = gatewayAdmin;
        this.slots = new AtomicReference<>(slotsOf(name, store, clock));
    }

    /**
     * The organization's federation certificate slots from the state directory, made (a self-signed certificate, as
     * New-ExchangeCertificate -Services Federation makes it) and kept there when it has none yet. The topology calls
     * this before the tenant starts, to publish the domain proofs in DNS as an administrator would (issue 17).
     */
    public static CertificateSlots<Credential> slotsOf(String name, CertificateStore store, Clock clock) {
        return store.loadSlots(CertificateKind.FEDERATION, name).orElseGet(() -> {
            CertificateSlots<Credential> first =
                    CertificateSlots.of(CertificateAuthority.selfSignedFederation(name, clock));
            store.saveSlots(CertificateKind.FEDERATION, name, first);
            return first;
        });
    }

    /**
     * Registers the organization and proves its domains at the gateway, whatever is missing, and finishes a
     * rollover that a kill interrupted (see {@link #catchUpWith}).
     */
    public OrganizationInfo establish() {
        OrganizationInfo info;
        try {
            info = catchUpWith(gatewayAdmin.organization(name));
        } catch (ProblemException e) {
            if (e.status() != 404) {
                throw e;
            }
            info = gatewayAdmin.register(new OrganizationRegistration(name, kind, applicationUri, pem(current())));
        }
        for (String domain : domains) {
            if (!info.federatedDomains().contains(FederatedDomainProof.canonical(domain))) {
                info = gatewayAdmin.proveDomain(
                        name, domain, domainProof(domain).txtRecord());
            }
        }
        return info;
    }

    /**
     * A rollover step changes the gateway first and the key stores here second, so a kill in between leaves
     * the gateway a step ahead. After a publish, its current certificate is our next one: tokens for us are
     * encrypted to a key we do not decrypt with, so the publish is finished here. After a stage, its next
     * certificate is one we hold no key for: ours is staged there again, so that a publish switches both sides
     * to the same key. And a kill while a publish was being saved here can leave next equal to current (current
     * and previous written, next not yet removed): only the removal is left to do.
     */
    private synchronized OrganizationInfo catchUpWith(OrganizationInfo info) {
        CertificateSlots<Credential> mine = slots.get();
        Credential next = mine.next();
        if (next == null) {
            return info;
        }
        if (next.thumbprint().equals(mine.current().thumbprint())) {
            keep(new CertificateSlots<>(mine.current(), null, mine.previous()));
        } else if (next.thumbprint().equals(thumbprint(info.currentCertificate()))) {
            keep(mine.publish());
        } else if (!next.thumbprint().equals(thumbprint(info.nextCertificate()))) {
            return gatewayAdmin.stageNextCertificate(name, pem(next));
        }
        return info;
    }

    private void keep(CertificateSlots<Credential> finished) {
        store.saveSlots(CertificateKind.FEDERATION, name, finished);
        slots.set(finished);
    }

    private static String thumbprint(CertificateInfo certificate) {
        return certificate == null ? null : certificate.thumbprint();
    }

    /** Get-FederatedDomainProof. */
    public FederatedDomainProof domainProof(String domain) {
        return FederatedDomainProof.create(current(), domain);
    }

    /** Set-FederationTrust -Thumbprint: a new certificate, staged here and at the gateway, not yet used. */
    public synchronized Credential stageNextCertificate() {
        Credential next = CertificateAuthority.selfSignedFederation(name, clock);
        CertificateSlots<Credential> staged = slots.get().stageNext(next);
        gatewayAdmin.stageNextCertificate(name, pem(next));
        store.saveSlots(CertificateKind.FEDERATION, name, staged);
        slots.set(staged);
        return next;
    }

    /** Set-FederationTrust -PublishFederationCertificate: next becomes current here and at the gateway. */
    public synchronized CertificateSlots<Credential> publishCertificate() {
        CertificateSlots<Credential> published = slots.get().publish();
        gatewayAdmin.publishCertificate(name);
        store.saveSlots(CertificateKind.FEDERATION, name, published);
        slots.set(published);
        return published;
    }

    public CertificateSlots<Credential> slots() {
        return slots.get();
    }

    public Credential current() {
        return slots.get().current();
    }

    public FederationAssertions assertions() {
        return new FederationAssertions(current(), applicationUri, clock);
    }

    public String name() {
        return name;
    }

    public String applicationUri() {
        return applicationUri;
    }

    public List<String> domains() {
        return domains;
    }

    private static String pem(Credential credential) {
        return PemFiles.encode(List.of(credential.certificate()));
    }
}
