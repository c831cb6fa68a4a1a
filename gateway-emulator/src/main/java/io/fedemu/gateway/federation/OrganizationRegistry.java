package io.fedemu.gateway.federation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.certs.CertificateSlots;
import io.fedemu.certs.FederatedDomainProof;
import io.fedemu.protocol.gateway.DomainProofSubmission;
import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.protocol.gateway.OrganizationRegistration;
import io.fedemu.protocol.reason.Reason;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The gateway's federation trusts. Reads are lock-free over an immutable snapshot (the token path
 * reads on every request); changes are serialized, validated in full, persisted, then published, so a
 * refused or failed change leaves both memory and disk as they were.
 */
public final class OrganizationRegistry {
    /** The prefix Exchange puts before the first federated domain of an on-premises organization. */
    public static final String ON_PREMISES_APPLICATION_URI_PREFIX = "FYDIBOHF25SPDLT.";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");
    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final RegistryFile file;
    private final Clock clock;
    private final Duration certificateOverlap;
    /** A domain's TXT records from the emulated DNS; null when the gateway was started without one. */
    private final Function<String, List<String>> txtRecords;

    private volatile Map<String, FederationTrust> trusts;

    public OrganizationRegistry(Path stateFile, ObjectMapper json, Clock clock, Duration certificateOverlap) {
        this(stateFile, json, clock, certificateOverlap, null);
    }

    /**
     * @param txtRecords the TXT records of a name, as the DNS answers now (docs/PROTOCOL.md section 22); null: no DNS,
     *     and a domain is accepted on the signature in the request alone (a gateway started alone from Java)
     */
    public OrganizationRegistry(
            Path stateFile,
            ObjectMapper json,
            Clock clock,
            Duration certificateOverlap,
            Function<String, List<String>> txtRecords) {
        this.txtRecords = txtRecords;
        this.file = new RegistryFile(stateFile, json);
        this.clock = clock;
        this.certificateOverlap = certificateOverlap;
        Map<String, FederationTrust> loaded = new LinkedHashMap<>();
        file.load().forEach(trust -> loaded.put(key(trust.name()), trust));
        this.trusts = Map.copyOf(loaded);
    }

    public Collection<FederationTrust> all() {
        return trusts.values().stream()
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                .toList();
    }

    public Optional<FederationTrust> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(trusts.get(key(name)));
    }

    public Optional<FederationTrust> byApplicationUri(String applicationUri) {
        return trusts.values().stream()
                .filter(trust ->
                        trust.applicationUri() != null && trust.applicationUri().equalsIgnoreCase(applicationUri))
                .findFirst();
    }

    /** The organization that has proven {@code domain}, if any. */
    public Optional<FederationTrust> ownerOf(String domain) {
        String canonical = FederatedDomainProof.canonical(domain);
        return trusts.values().stream()
                .filter(trust -> trust.domains().contains(canonical))
                .findFirst();
    }

    public synchronized FederationTrust register(OrganizationRegistration registration) {
        if (registration == null
                || registration.name() == null
                || !NAME.matcher(registration.name()).matches()) {
            throw new RegistryRefusedException(
                    Reason.REQUEST_INVALID, "name must be 1 to 64 letters, digits, spaces, '.', '_' or '-'");
        }
        if (trusts.containsKey(key(registration.name()))) {
            throw new RegistryRefusedException(
                    Reason.ORGANIZATION_EXISTS,
                    "organization " + registration.name() + " already has a federation trust");
        }
        OrganizationKind kind = registration.kind() == null ? OrganizationKind.ON_PREMISES : registration.kind();
        String applicationUri = blankToNull(registration.applicationUri());
        if (applicationUri == null && kind == OrganizationKind.CLOUD) {
            throw new RegistryRefusedException(
                    Reason.APPLICATION_URI_REQUIRED,
                    "cloud organization " + registration.name() + " has no applicationUri");
        }
        if (applicationUri != null) {
            checkApplicationUriFree(applicationUri, registration.name());
        }
        X509Certificate certificate = readCertificate(registration.federationCertificate());
        FederationCertificateRules.check(certificate, clock.instant());
        FederationTrust trust = new FederationTrust(
                registration.name(),
                kind,
                applicationUri,
                newApplicationIdentifier(),
                true,
                java.util.Set.of(),
                CertificateSlots.of(certificate),
                null);
        return commit(trust);
    }

    public synchronized void remove(String name) {
        FederationTrust trust = require(name);
        Map<String, FederationTrust> next = new LinkedHashMap<>(trusts);
        next.remove(key(trust.name()));
        file.save(next.values());
        trusts = Map.copyOf(next);
    }

    /** Adds a federated domain after checking its proof against the current certificate. */
    public synchronized FederationTrust proveDomain(String name, DomainProofSubmission submission) {
        FederationTrust trust = require(name);
        if (submission == null || submission.domain() == null) {
            throw new RegistryRefusedException(Reason.REQUEST_INVALID, "domain is missing");
        }
        String domain = FederatedDomainProof.canonical(submission.domain());
        if (!DOMAIN.matcher(domain).matches()) {
            throw new RegistryRefusedException(
                    Reason.DOMAIN_MALFORMED, "'" + submission.domain() + "' is not a DNS domain name");
        }
        Optional<FederationTrust> owner = ownerOf(domain);
        if (owner.isPresent() && !owner.get().name().equalsIgnoreCase(trust.name())) {
            throw new RegistryRefusedException(
                    Reason.DOMAIN_HELD_BY_ANOTHER_ORGANIZATION,
                    "domain " + domain + " is federated by organization "
                            + owner.get().name());
        }
        if (txtRecords != null) {
            requirePublished(trust, domain, submission.proof());
        } else if (!FederatedDomainProof.verify(
                trust.certificates().current().getPublicKey(), domain, submission.proof())) {
            throw new RegistryRefusedException(
                    Reason.DOMAIN_PROOF_INVALID,
                    "the proof for " + domain + " was not signed by the current federation certificate of "
                            + trust.name() + " (thumbprint "
                            + io.fedemu.certs.Thumbprints.sha1(
                                    trust.certificates().current()) + ")");
        }
        String derived = ON_PREMISES_APPLICATION_URI_PREFIX + domain;
        if (trust.applicationUri() == null) {
            checkApplicationUriFree(derived, trust.name());
        }
        return commit(trust.withDomain(domain, derived));
    }

    /**
     * What the Microsoft Federation Gateway does before Add-FederatedDomain succeeds: it looks the domain's TXT
     * records up in public DNS and wants one that holds the proof for the organization's current federation
     * certificate. A proof in the request proves nothing by itself (anyone can sign any domain with their own key);
     * it only lets the refusal show the exact record to publish.
     */
    private void requirePublished(FederationTrust trust, String domain, String submitted) {
        PublicKey key = trust.certificates().current().getPublicKey();
        String unanswered = "";
        try {
            for (String text : txtRecords.apply(domain)) {
                if (FederatedDomainProof.verify(key, domain, text)) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            unanswered = " (The DNS server did not answer: " + e.getMessage() + ")";
        }
        String proof = FederatedDomainProof.value(domain, submitted)
                .filter(value -> FederatedDomainProof.verify(key, domain, value))
                .orElse("<the Proof of get-federated-domain-proof --domain-name " + domain + ">");
        throw new RegistryRefusedException(
                Reason.DOMAIN_PROOF_NOT_PUBLISHED,
                "Proof of domain ownership has failed. Make sure that the TXT record for the specified domain is "
                        + "available in DNS. The format of the TXT record should be \"" + domain + " IN TXT " + proof
                        + "\"." + unanswered);
    }

    /** Set-FederationTrust -Thumbprint: the next certificate, used only after publish. */
    public synchronized FederationTrust stageNextCertificate(String name, String pem) {
        FederationTrust trust = require(name);
        X509Certificate certificate = readCertificate(pem);
        FederationCertificateRules.check(certificate, clock.instant());
        if (certificate.equals(trust.certificates().current())) {
            throw new RegistryRefusedException(
                    Reason.CERTIFICATE_ALREADY_CURRENT, "the staged certificate is the current one of " + trust.name());
        }
        return commit(
                trust.withCertificates(trust.certificates().stageNext(certificate), trust.previousAcceptedUntil()));
    }

    /**
     * Set-FederationTrust -PublishFederationCertificate: tokens for the organization are encrypted to
     * the new certificate from now on; its requests may still be signed by the old one for the overlap.
     */
    public synchronized FederationTrust publishCertificate(String name) {
        FederationTrust trust = require(name);
        if (trust.certificates().next() == null) {
            throw new RegistryRefusedException(
                    Reason.NO_NEXT_CERTIFICATE, "organization " + trust.name() + " has no next certificate staged");
        }
        return commit(trust.withCertificates(
                trust.certificates().publish(), clock.instant().plus(certificateOverlap)));
    }

    public synchronized FederationTrust setEnabled(String name, boolean enabled) {
        return commit(require(name).withEnabled(enabled));
    }

    private FederationTrust require(String name) {
        return find(name)
                .orElseThrow(() -> new RegistryRefusedException(
                        Reason.FEDERATION_TRUST_NOT_FOUND, "no federation trust for organization '" + name + "'"));
    }

    private void checkApplicationUriFree(String applicationUri, String name) {
        if (applicationUri.length() > 256 || applicationUri.chars().anyMatch(Character::isWhitespace)) {
            throw new RegistryRefusedException(
                    Reason.REQUEST_INVALID, "applicationUri must be at most 256 characters without spaces");
        }
        byApplicationUri(applicationUri)
                .filter(other -> !other.name().equalsIgnoreCase(name))
                .ifPresent(other -> {
                    throw new RegistryRefusedException(
                            Reason.APPLICATION_URI_TAKEN,
                            "application URI " + applicationUri + " belongs to organization " + other.name());
                });
    }

    private FederationTrust commit(FederationTrust trust) {
        Map<String, FederationTrust> next = new LinkedHashMap<>(trusts);
        next.put(key(trust.name()), trust);
        file.save(next.values());
        trusts = Map.copyOf(next);
        return trust;
    }

    private static X509Certificate readCertificate(String pem) {
        if (pem == null || pem.isBlank()) {
            throw new RegistryRefusedException(Reason.REQUEST_INVALID, "federationCertificate is missing");
        }
        try {
            return RegistryFile.certificate(pem);
        } catch (IllegalArgumentException e) {
            throw new RegistryRefusedException(
                    Reason.CERTIFICATE_UNREADABLE, "federation certificate is not a PEM X.509 certificate");
        }
    }

    /** Exchange shows a 16-hex-digit ApplicationIdentifier assigned by the gateway. */
    private static String newApplicationIdentifier() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return "00000000" + HexFormat.of().withUpperCase().formatHex(bytes);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
