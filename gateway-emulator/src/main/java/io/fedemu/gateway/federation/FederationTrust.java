package io.fedemu.gateway.federation;

import io.fedemu.certs.CertificateSlots;
import io.fedemu.protocol.gateway.OrganizationKind;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One organization's federation trust as the gateway holds it: its identity, the public part of its
 * federation certificates in current/next/previous slots, and the domains it has proven.
 *
 * @param applicationUri        null for an on-premises organization until its first domain is proven
 * @param previousAcceptedUntil until when the previous certificate still authenticates the organization
 */
public record FederationTrust(
        String name,
        OrganizationKind kind,
        String applicationUri,
        String applicationIdentifier,
        boolean enabled,
        Set<String> domains,
        CertificateSlots<X509Certificate> certificates,
        Instant previousAcceptedUntil) {

    public FederationTrust {
        domains = Set.copyOf(new TreeSet<>(domains));
    }

    /** The certificates that may sign this organization's requests at {@code now}, current first. */
    public List<X509Certificate> signingCertificates(Instant now) {
        if (certificates.previous() != null && previousAcceptedUntil != null && now.isBefore(previousAcceptedUntil)) {
            return List.of(certificates.current(), certificates.previous());
        }
        return List.of(certificates.current());
    }

    FederationTrust withCertificates(CertificateSlots<X509Certificate> slots, Instant acceptedUntil) {
        return new FederationTrust(
                name, kind, applicationUri, applicationIdentifier, enabled, domains, slots, acceptedUntil);
    }

    FederationTrust withDomain(String domain, String derivedApplicationUri) {
        Set<String> more = new TreeSet<>(domains);
        more.add(domain);
        return new FederationTrust(
                name,
                kind,
                applicationUri != null ? applicationUri : derivedApplicationUri,
                applicationIdentifier,
                enabled,
                more,
                certificates,
                previousAcceptedUntil);
    }

    /** Remove-FederatedDomain (issue 17): the domain is free for another organization to prove. */
    FederationTrust withoutDomain(String domain) {
        Set<String> fewer = new TreeSet<>(domains);
        fewer.remove(domain);
        return new FederationTrust(
                name, kind, applicationUri, applicationIdentifier, enabled, fewer, certificates, previousAcceptedUntil);
    }

    FederationTrust withEnabled(boolean value) {
        return new FederationTrust(
                name, kind, applicationUri, applicationIdentifier, value, domains, certificates, previousAcceptedUntil);
    }
}
