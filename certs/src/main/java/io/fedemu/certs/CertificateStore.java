package io.fedemu.certs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The {@code certs/} folder of a state directory. Layout, so a user can find things by hand:
 *
 * <pre>
 * certs/ca.pem                     trust bundle: the emulator root CA (point any client here)
 * certs/truststore.p12             the same as a PKCS12 trust store, password {@value #TRUST_STORE_PASSWORD}
 * certs/ca.p12                     the root CA's private key (owner only)
 * certs/intermediate.pem|.p12      the name-constrained intermediate that issues the TLS certificates
 * certs/intermediate.lock          held while a process widens or renews the intermediate
 * certs/store-password             password of the private key stores, generated at first use (owner only)
 * certs/tls/NAME.pem|.p12          TLS server certificates, chain leaf, intermediate, root
 * certs/federation/ORG/SLOT.pem|.p12   federation certificates, SLOT = current | next | previous
 * certs/signing/NAME/SLOT.pem|.p12     gateway token-signing certificates
 * </pre>
 *
 * Reading never writes: a missing or corrupt file fails with a {@link CertificateStoreException}
 * naming it, and the directory is left as it was. The one repair is of the PEM files, which copy a key
 * store's certificate for people and other tools: the key store is written first, so a kill between the
 * two leaves its PEM behind, and {@link #tlsServer} and {@link #loadSlots}, which a role calls as it
 * starts, rewrite such a PEM from its key store.
 */
public final class CertificateStore {
    /** The trust store holds only public certificates, so its password protects nothing secret. */
    public static final String TRUST_STORE_PASSWORD = "fedemu";

    private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path dir;

    private CertificateStore(Path dir) {
        this.dir = dir;
    }

    /** The certificate folder of {@code stateDir}; nothing is created until something is written. */
    public static CertificateStore in(Path stateDir) {
        return new CertificateStore(stateDir.resolve("certs"));
    }

    public Path directory() {
        return dir;
    }

    public Path trustBundle() {
        return dir.resolve("ca.pem");
    }

    public Path trustStore() {
        return dir.resolve("truststore.p12");
    }

    private Path caKeyStore() {
        return dir.resolve("ca.p12");
    }

    /** The intermediate CA's certificate alone, for {@code openssl verify -untrusted}. */
    public Path intermediateCertificate() {
        return dir.resolve("intermediate.pem");
    }

    private Path intermediateKeyStore() {
        return dir.resolve("intermediate.p12");
    }

    public boolean hasAuthority() {
        return Files.exists(caKeyStore());
    }

    /**
     * Loads the root CA, or creates it with its trust bundle and trust store when there is none yet; then the
     * intermediate, made now if the directory has none (one from an older fedemu has only the root) and
     * renewed if it is due.
     */
    public CertificateAuthority initAuthority(Clock clock) {
        CertificateAuthority authority = initRoot(clock);
        return new CertificateAuthority(authority.root(), intermediateFor(authority, List.of()), clock);
    }

    private CertificateAuthority initRoot(Clock clock) {
        if (hasAuthority()) {
            CertificateAuthority existing = loadAuthority(clock);
            // The bundle is derived from the key store; restore it if a user deleted it.
            if (!Files.exists(trustBundle()) || !Files.exists(trustStore())) {
                writeTrust(existing);
            }
            return existing;
        }
        // Password first, then the CA's key store, each created whole and only if absent: a crash leaves either
        // nothing or a complete file, and of two processes initialising this directory at once one CA wins and
        // the other process loads it (the trust files are derived from it, so rewriting them is harmless).
        CertificateAuthority created = CertificateAuthority.create(clock);
        if (!KeyStoreFiles.createCredential(caKeyStore(), created.root(), password())) {
            return initRoot(clock);
        }
        writeTrust(created);
        return created;
    }

    /**
     * Makes {@code authority} this directory's root CA, with its trust bundle and trust store, before any role
     * starts on it: roles then issue from a CA the caller already trusts (a test JVM keeps one CA for every
     * federation it starts). A directory that has a different CA already is refused, since what it issued
     * would no longer chain to its trust bundle.
     */
    public void adoptAuthority(CertificateAuthority authority) {
        if (hasAuthority()) {
            CertificateAuthority existing = loadAuthority(Clock.systemUTC());
            if (!existing.certificate().equals(authority.certificate())) {
                throw new CertificateStoreException(caKeyStore(), "holds another root CA already", null);
            }
            return;
        }
        if (!KeyStoreFiles.createCredential(caKeyStore(), authority.root(), password())) {
            adoptAuthority(authority);
            return;
        }
        // Its intermediate too, so directories adopting one authority do not each generate a key for theirs.
        Credential intermediate = authority.intermediate();
        if (KeyStoreFiles.createCredential(intermediateKeyStore(), intermediate, password())) {
            PemFiles.write(intermediateCertificate(), List.of(intermediate.certificate()));
        }
        writeTrust(authority);
    }

    /**
     * Makes {@code source}'s root CA this directory's, copying its files byte for byte (the CA's key store
     * and the password of the private key stores, the trust bundle and trust store) before any role starts
     * here. Identical bytes are what lets every role of a JVM read the CA's key store from the read cache
     * instead of decrypting it again (a PBKDF2 run each). A directory with a CA already is refused.
     */
    public void adoptAuthorityOf(CertificateStore source) {
        if (hasAuthority()) {
            throw new CertificateStoreException(caKeyStore(), "holds a root CA already", null);
        }
        source.existingPassword();
        List<Path> files = new ArrayList<>(List.of(source.passwordFile(), source.caKeyStore()));
        if (Files.exists(source.intermediateKeyStore())) {
            files.addAll(List.of(source.intermediateKeyStore(), source.intermediateCertificate()));
        }
        files.addAll(List.of(source.trustBundle(), source.trustStore()));
        for (Path file : files) {
            Path target = dir.resolve(source.dir.relativize(file));
            try {
                AtomicFiles.createPrivateDirectories(target.getParent());
                Files.copy(file, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException e) {
                throw new CertificateStoreException(target, "cannot copy the root CA from " + source.dir, e);
            }
        }
    }

    /**
     * The key pairs of every certificate this directory issued (TLS, federation, token signing; never the
     * root's or the intermediate's, which directories adopting one authority share), for
     * {@link RsaKeyPairs#recycle} when the directory is about to be deleted.
     */
    public List<KeyPair> issuedKeyPairs() {
        List<KeyPair> pairs = new ArrayList<>();
        addKeyPairs(pairs, dir.resolve("tls"), CertificateKind.TLS_SERVER);
        for (CertificateKind kind : List.of(CertificateKind.FEDERATION, CertificateKind.TOKEN_SIGNING)) {
            Path root = dir.resolve(kindFolder(kind));
            if (Files.isDirectory(root)) {
                try (Stream<Path> owners = Files.list(root)) {
                    for (Path owner : owners.filter(Files::isDirectory).sorted().toList()) {
                        addKeyPairs(pairs, owner, kind);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + root, e);
                }
            }
        }
        return List.copyOf(pairs);
    }

    private void addKeyPairs(List<KeyPair> pairs, Path folder, CertificateKind kind) {
        for (Path pem : pemFiles(folder)) {
            Path keyStore = pem.resolveSibling(baseName(pem) + ".p12");
            if (Files.exists(keyStore)) {
                Credential credential = KeyStoreFiles.readCredential(keyStore, existingPassword(), kind);
                pairs.add(new KeyPair(credential.certificate().getPublicKey(), credential.privateKey()));
            }
        }
    }

    public CertificateAuthority loadAuthority(Clock clock) {
        if (!Files.exists(caKeyStore())) {
            throw new CertificateStoreException(caKeyStore(), "key store is missing (run fedemu certs init)", null);
        }
        return new CertificateAuthority(
                KeyStoreFiles.readCredential(caKeyStore(), existingPassword(), CertificateKind.ROOT_CA),
                readIntermediate().orElse(null),
                clock);
    }

    private Optional<Credential> readIntermediate() {
        if (!Files.exists(intermediateKeyStore())) {
            return Optional.empty();
        }
        return Optional.of(KeyStoreFiles.readCredential(
                intermediateKeyStore(), existingPassword(), CertificateKind.INTERMEDIATE_CA));
    }

    /**
     * The directory's intermediate, made, widened or renewed first if it cannot issue for {@code hostNames}
     * ({@link CertificateAuthority#intermediateFor}). A change is made under {@code intermediate.lock}: roles
     * starting together (fedemu up starts tenants in parallel; gateway and tenant processes share a directory)
     * then widen it one after the other, each from the other's result, and none drops a name another added.
     * Even without the lock nothing would break, since every TLS certificate carries the intermediate that
     * signed it; the lock keeps {@code intermediate.pem} covering every name.
     */
    private Credential intermediateFor(CertificateAuthority authority, Collection<String> hostNames) {
        Optional<Credential> current = readIntermediate();
        if (current.isPresent() && authority.serves(current.get(), hostNames)) {
            if (!Files.exists(intermediateCertificate())) {
                PemFiles.write(intermediateCertificate(), List.of(current.get().certificate()));
            }
            return current.get();
        }
        return FileLocks.holding(dir.resolve("intermediate.lock"), () -> {
            Credential latest = readIntermediate().orElse(null);
            Credential fit = authority.intermediateFor(latest, hostNames);
            if (fit != latest) {
                KeyStoreFiles.writeCredential(intermediateKeyStore(), fit, password());
            }
            PemFiles.write(intermediateCertificate(), List.of(fit.certificate()));
            return fit;
        });
    }

    /**
     * The bundle holds the root alone. The intermediate must never be a trust anchor: the JDK ignores the name
     * constraints of an anchor, so trusting it directly would undo them.
     */
    private void writeTrust(CertificateAuthority authority) {
        PemFiles.write(trustBundle(), List.of(authority.certificate()));
        KeyStoreFiles.writeTrustStore(
                trustStore(), List.of(authority.certificate()), TRUST_STORE_PASSWORD.toCharArray());
    }

    /**
     * The TLS credential named {@code name}, issued now by the intermediate (widened first if it does not permit
     * every name yet) if absent, if its SANs do not cover every host name asked for (a scenario gained a host
     * name since the last run), if another key signed it (the root, in a directory from an older fedemu, or an
     * intermediate since renewed) or if it is in its last weeks ({@link CertificateAuthority#isCurrent}).
     */
    public Credential tlsServer(String name, List<String> hostNames, CertificateAuthority authority) {
        return tlsServer(name, hostNames, authority, false);
    }

    /**
     * As {@link #tlsServer}, for an SMTP server: the certificate also carries the clientAuth EKU, because Exchange
     * presents it as the client of a mutual TLS hop (docs/PROTOCOL.md section 17). One issued without it is
     * issued again.
     */
    public Credential smtpServer(String name, List<String> hostNames, CertificateAuthority authority) {
        return tlsServer(name, hostNames, authority, true);
    }

    private Credential tlsServer(
            String name, List<String> hostNames, CertificateAuthority authority, boolean clientAuth) {
        Path keyStore = dir.resolve("tls").resolve(checkedOwner(name) + ".p12");
        Credential intermediate = intermediateFor(authority, hostNames);
        if (Files.exists(keyStore)) {
            Credential existing =
                    KeyStoreFiles.readCredential(keyStore, existingPassword(), CertificateKind.TLS_SERVER);
            if (subjectAlternativeNames(existing.certificate()).containsAll(normalized(hostNames))
                    && (!clientAuth || hasClientAuth(existing))
                    && authority.isCurrent(existing, intermediate)) {
                // The PEM is written after the key store: a kill between the two left it missing or stale.
                alignPem(keyStore, existing);
                return existing;
            }
        }
        Credential issued = authority.issueTlsServer(hostNames, intermediate, clientAuth);
        save(keyStore, issued);
        return issued;
    }

    private static boolean hasClientAuth(Credential credential) {
        try {
            List<String> usages = credential.certificate().getExtendedKeyUsage();
            return usages != null && usages.contains("1.3.6.1.5.5.7.3.2");
        } catch (java.security.cert.CertificateParsingException e) {
            return false;
        }
    }

    /**
     * Where {@link #tlsServer} keeps credential {@code name}, and the state directory's key-store
     * password, for a server that can only be configured with a key-store file (WireMock's proxy).
     */
    public KeyStoreLocation tlsKeyStore(String name) {
        return new KeyStoreLocation(
                dir.resolve("tls").resolve(checkedOwner(name) + ".p12"), new String(existingPassword()));
    }

    /** A PKCS12 file and the password that opens it. */
    public record KeyStoreLocation(Path file, String password) {}

    /**
     * The persisted slots of a rolling identity ({@code FEDERATION} or {@code TOKEN_SIGNING}), if any. The key
     * stores are the truth: {@link #saveSlots} writes up to six files one after the other, so after a kill its
     * PEM files may show a slot's certificate from before the last save, or a slot it had just emptied. Each is
     * set right here, before anyone reads it ({@code fedemu certs show} lists the PEMs).
     */
    public Optional<CertificateSlots<Credential>> loadSlots(CertificateKind kind, String owner) {
        Path folder = slotFolder(kind, owner);
        Path current = folder.resolve(Slot.CURRENT.fileName() + ".p12");
        if (!Files.exists(current)) {
            return Optional.empty();
        }
        char[] password = existingPassword();
        Credential[] values = new Credential[Slot.values().length];
        for (Slot slot : Slot.values()) {
            Path file = folder.resolve(slot.fileName() + ".p12");
            if (Files.exists(file)) {
                values[slot.ordinal()] = KeyStoreFiles.readCredential(file, password, kind);
                alignPem(file, values[slot.ordinal()]);
            } else {
                deleteIfExists(pemBeside(file));
            }
        }
        return Optional.of(new CertificateSlots<>(values[0], values[1], values[2]));
    }

    /** Writes every slot; an empty slot's files are removed after the filled ones are in place. */
    public void saveSlots(CertificateKind kind, String owner, CertificateSlots<Credential> slots) {
        Path folder = slotFolder(kind, owner);
        for (Slot slot : Slot.values()) {
            Optional<Credential> value = slots.get(slot);
            if (value.isPresent()) {
                save(folder.resolve(slot.fileName() + ".p12"), value.get());
            }
        }
        for (Slot slot : Slot.values()) {
            if (slots.get(slot).isEmpty()) {
                deleteIfExists(folder.resolve(slot.fileName() + ".p12"));
                deleteIfExists(folder.resolve(slot.fileName() + ".pem"));
            }
        }
    }

    /** Every certificate in the store, root and intermediate first, for {@code fedemu certs show}. */
    public List<StoredCertificate> inventory() {
        List<StoredCertificate> rows = new ArrayList<>();
        if (Files.exists(trustBundle())) {
            rows.add(new StoredCertificate(
                    "emulator",
                    CertificateKind.ROOT_CA,
                    null,
                    PemFiles.read(trustBundle()).get(0),
                    trustBundle()));
        }
        if (Files.exists(intermediateCertificate())) {
            rows.add(new StoredCertificate(
                    "emulator",
                    CertificateKind.INTERMEDIATE_CA,
                    null,
                    PemFiles.read(intermediateCertificate()).get(0),
                    intermediateCertificate()));
        }
        for (Path pem : pemFiles(dir.resolve("tls"))) {
            rows.add(new StoredCertificate(
                    baseName(pem),
                    CertificateKind.TLS_SERVER,
                    null,
                    PemFiles.read(pem).get(0),
                    pem));
        }
        addSlotRows(rows, CertificateKind.FEDERATION);
        addSlotRows(rows, CertificateKind.TOKEN_SIGNING);
        return List.copyOf(rows);
    }

    private void addSlotRows(List<StoredCertificate> rows, CertificateKind kind) {
        Path root = dir.resolve(kindFolder(kind));
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> owners = Files.list(root)) {
            for (Path owner : owners.filter(Files::isDirectory).sorted().toList()) {
                for (Slot slot : Slot.values()) {
                    Path pem = owner.resolve(slot.fileName() + ".pem");
                    if (Files.exists(pem)) {
                        rows.add(new StoredCertificate(
                                owner.getFileName().toString(),
                                kind,
                                slot,
                                PemFiles.read(pem).get(0),
                                pem));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private void save(Path keyStore, Credential credential) {
        KeyStoreFiles.writeCredential(keyStore, credential, password());
        PemFiles.write(pemBeside(keyStore), credential.chain());
    }

    /** Rewrites the PEM beside {@code keyStore} unless it starts with the key store's certificate. */
    private static void alignPem(Path keyStore, Credential credential) {
        Path pem = pemBeside(keyStore);
        if (!Files.exists(pem) || !startsWith(pem, credential.certificate())) {
            PemFiles.write(pem, credential.chain());
        }
    }

    private static boolean startsWith(Path pem, X509Certificate certificate) {
        try {
            return PemFiles.read(pem).get(0).equals(certificate);
        } catch (CertificateStoreException unreadable) {
            return false;
        }
    }

    private Path slotFolder(CertificateKind kind, String owner) {
        return dir.resolve(kindFolder(kind)).resolve(checkedOwner(owner));
    }

    private static String kindFolder(CertificateKind kind) {
        return switch (kind) {
            case FEDERATION -> "federation";
            case TOKEN_SIGNING -> "signing";
            default -> throw new IllegalArgumentException(kind.label() + " certificates have no slots");
        };
    }

    /** Owners become folder names: refuse anything that could climb out of the state directory. */
    private static String checkedOwner(String owner) {
        if (owner == null || !OWNER.matcher(owner).matches()) {
            throw new IllegalArgumentException("not a usable name for certificate files: '" + owner
                    + "' (letters, digits, '.', '_' and '-', at most 64)");
        }
        return owner;
    }

    /**
     * The password of the private key stores: random, generated at first use, kept owner-only in
     * the state directory so keys reload after a restart without anything secret in git or config.
     */
    private char[] password() {
        if (Files.exists(passwordFile())) {
            return existingPassword();
        }
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // Never replaced once written: every key store of the directory is encrypted with it. Another process
        // that created it first wins, and its password is the one used.
        if (!AtomicFiles.createPrivate(passwordFile(), password.getBytes(StandardCharsets.US_ASCII))) {
            return existingPassword();
        }
        return password.toCharArray();
    }

    /** The password for reading: never created here, because reading must not change the directory. */
    private char[] existingPassword() {
        Path file = passwordFile();
        try {
            return Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CertificateStoreException(file, "key store password file is missing", e);
        } catch (IOException e) {
            throw new CertificateStoreException(file, "cannot read key store password", e);
        }
    }

    private Path passwordFile() {
        return dir.resolve("store-password");
    }

    private static Set<String> subjectAlternativeNames(X509Certificate certificate) {
        Set<String> names = new HashSet<>();
        try {
            Collection<List<?>> entries = certificate.getSubjectAlternativeNames();
            if (entries != null) {
                entries.forEach(entry -> names.add(normalize(String.valueOf(entry.get(1)))));
            }
        } catch (CertificateParsingException e) {
            return Set.of();
        }
        return names;
    }

    private static Set<String> normalized(List<String> hostNames) {
        Set<String> names = new HashSet<>();
        hostNames.forEach(name -> names.add(normalize(name)));
        return names;
    }

    /** The JDK reports "::1" as "0:0:0:0:0:0:0:1"; compare addresses in one form. */
    private static String normalize(String name) {
        String bare = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
        if (bare.contains(":")) {
            try {
                return java.net.InetAddress.getByName(bare).getHostAddress();
            } catch (java.net.UnknownHostException e) {
                return bare;
            }
        }
        return bare.toLowerCase(java.util.Locale.ROOT);
    }

    private static Path pemBeside(Path keyStore) {
        String name = keyStore.getFileName().toString();
        return keyStore.resolveSibling(name.substring(0, name.length() - ".p12".length()) + ".pem");
    }

    private static String baseName(Path pem) {
        String name = pem.getFileName().toString();
        return name.substring(0, name.length() - ".pem".length());
    }

    private static List<Path> pemFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pem"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static void deleteIfExists(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + file, e);
        }
    }
}
