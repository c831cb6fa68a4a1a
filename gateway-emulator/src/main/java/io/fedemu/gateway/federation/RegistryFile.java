package io.fedemu.gateway.federation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.certs.AtomicFiles;
import io.fedemu.certs.CertificateSlots;
import io.fedemu.certs.PemFiles;
import io.fedemu.protocol.gateway.OrganizationKind;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** {@code <state>/gateway/registry.json}: the federation trusts, public material only, written atomically. */
final class RegistryFile {
    private final Path file;
    private final ObjectMapper json;

    RegistryFile(Path file, ObjectMapper json) {
        this.file = file;
        this.json = json;
    }

    record Document(List<Entry> organizations) {}

    record Entry(
            String name,
            OrganizationKind kind,
            String applicationUri,
            String applicationIdentifier,
            boolean enabled,
            Set<String> domains,
            String currentCertificate,
            String nextCertificate,
            String previousCertificate,
            Instant previousAcceptedUntil) {}

    List<FederationTrust> load() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            Document document = json.readValue(file.toFile(), Document.class);
            return document.organizations().stream()
                    .map(RegistryFile::fromEntry)
                    .toList();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the gateway registry " + file + ": " + e.getMessage(), e);
        }
    }

    void save(Collection<FederationTrust> trusts) {
        List<Entry> entries = trusts.stream().map(RegistryFile::toEntry).toList();
        try {
            AtomicFiles.writePublic(
                    file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Document(entries)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the gateway registry " + file, e);
        }
    }

    private static Entry toEntry(FederationTrust trust) {
        CertificateSlots<X509Certificate> slots = trust.certificates();
        return new Entry(
                trust.name(),
                trust.kind(),
                trust.applicationUri(),
                trust.applicationIdentifier(),
                trust.enabled(),
                trust.domains(),
                pem(slots.current()),
                pem(slots.next()),
                pem(slots.previous()),
                trust.previousAcceptedUntil());
    }

    private static FederationTrust fromEntry(Entry entry) {
        return new FederationTrust(
                entry.name(),
                entry.kind(),
                entry.applicationUri(),
                entry.applicationIdentifier(),
                entry.enabled(),
                entry.domains() == null ? Set.of() : entry.domains(),
                new CertificateSlots<>(
                        certificate(entry.currentCertificate()),
                        certificate(entry.nextCertificate()),
                        certificate(entry.previousCertificate())),
                entry.previousAcceptedUntil());
    }

    private static String pem(X509Certificate certificate) {
        return certificate == null ? null : PemFiles.encode(List.of(certificate));
    }

    static X509Certificate certificate(String pem) {
        if (pem == null) {
            return null;
        }
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (CertificateException e) {
            throw new IllegalArgumentException("not a PEM X.509 certificate", e);
        }
    }
}
