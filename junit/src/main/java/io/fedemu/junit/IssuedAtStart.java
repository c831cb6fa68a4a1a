package io.fedemu.junit;

import io.fedemu.certs.AtomicFiles;
import io.fedemu.certs.PemFiles;
import io.fedemu.topology.scenario.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The files a scenario's start writes that depend only on the scenario's host names, never on what a test does:
 * the TLS server certificates of every role (gateway, tenants, Exchange servers, SMTP), the intermediate CA as
 * widened for their names, and the imported calendars (a cache named by content). Issuing them costs a certificate
 * and a PKCS12 write (two PBKDF2 runs) per role, and importing runs ical4j: most of a later test class's start. So
 * the first federation of a scenario in this JVM keeps a copy of them, taken as soon as it started (before any of
 * its tests could change anything), and every later federation of the same scenario gets that copy in its fresh
 * state directory before it starts. The roles then find certificates that cover their names, issued by the
 * intermediate beside them, and use them as a restart on a kept state directory does (and, the bytes being
 * identical, read each from the key-store cache instead of decrypting it again).
 *
 * <p>Nothing else is copied: federation certificates, token-signing keys, relationships, calendars as tests
 * change them and every other file of the state are made anew for each class. A copy is kept per scenario (the
 * scenario as loaded, {@code allowedPartners} included) and transport, so it never reaches a scenario with other
 * host names; were it ever stale, the roles would see that and issue new certificates, as on a kept directory.
 */
final class IssuedAtStart {
    /** Folders and files under a state directory, relative to it, that hold only what the start issued. */
    private static final List<Path> FOLDERS = List.of(Path.of("certs", "tls"), Path.of("cache", "calendars"));

    private static final List<Path> FILES =
            List.of(Path.of("certs", "intermediate.p12"), Path.of("certs", "intermediate.pem"));

    private static final Map<Key, Map<Path, byte[]>> KEPT = new ConcurrentHashMap<>();

    /** Public keys of the kept TLS certificates: later federations use them, so they are never recycled. */
    private static final Set<PublicKey> KEPT_KEYS = ConcurrentHashMap.newKeySet();

    private IssuedAtStart() {}

    /** What a copy is kept for: the scenario as loaded and whether its roles serve HTTPS. */
    record Key(Scenario scenario, boolean tls) {}

    /**
     * Copies what an earlier start of {@code key} issued into the fresh {@code state}, after the JVM's CA was
     * adopted there (the kept intermediate replaces the adopted one: it is the JVM's intermediate, widened).
     *
     * @return whether there was a copy to give
     */
    static boolean seed(Key key, Path state) {
        Map<Path, byte[]> files = KEPT.get(key);
        if (files == null) {
            return false;
        }
        try {
            for (Map.Entry<Path, byte[]> file : files.entrySet()) {
                Path target = state.resolve(file.getKey());
                AtomicFiles.createPrivateDirectories(target.getParent());
                // A plain write, no fsync: the directory is the test's and is deleted after it. Key stores stay
                // the owner's, as the roles write them; certificates are public.
                Files.write(target, file.getValue());
                Files.setPosixFilePermissions(
                        target,
                        PosixFilePermissions.fromString(
                                target.getFileName().toString().endsWith(".pem") ? "rw-r--r--" : "rw-------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the kept certificates into " + state, e);
        }
        return true;
    }

    /** Keeps what the start of {@code key} just issued in {@code state}, unless a copy is kept already. */
    static void keep(Key key, Path state) {
        if (KEPT.containsKey(key)) {
            return;
        }
        Map<Path, byte[]> files = new LinkedHashMap<>();
        try {
            for (Path folder : FOLDERS) {
                if (Files.isDirectory(state.resolve(folder))) {
                    try (Stream<Path> paths = Files.walk(state.resolve(folder))) {
                        for (Path file : paths.filter(Files::isRegularFile)
                                .filter(IssuedAtStart::written)
                                .sorted()
                                .toList()) {
                            files.put(state.relativize(file), Files.readAllBytes(file));
                        }
                    }
                }
            }
            for (Path file : FILES) {
                if (Files.isRegularFile(state.resolve(file))) {
                    files.put(file, Files.readAllBytes(state.resolve(file)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the certificates issued in " + state, e);
        }
        for (Path file : files.keySet()) {
            if (file.startsWith(FOLDERS.get(0)) && file.getFileName().toString().endsWith(".pem")) {
                X509Certificate leaf = PemFiles.read(state.resolve(file)).get(0);
                KEPT_KEYS.add(leaf.getPublicKey());
            }
        }
        KEPT.putIfAbsent(key, Map.copyOf(files));
    }

    /** The key pairs of a stopped federation that no kept certificate uses: those may be issued again. */
    static List<KeyPair> recyclable(List<KeyPair> pairs) {
        return pairs.stream()
                .filter(pair -> !KEPT_KEYS.contains(pair.getPublic()))
                .toList();
    }

    /** Temporary files of an atomic write and lock files are no part of what was issued. */
    private static boolean written(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".lock") && !name.endsWith(".tmp");
    }
}
