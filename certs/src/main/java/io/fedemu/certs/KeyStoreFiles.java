package io.fedemu.certs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** PKCS12 files: one credential per key store for private material; trust stores for public roots. */
public final class KeyStoreFiles {
    static final String KEY_ALIAS = "key";
    /** Credentials already read in this JVM, by content and password (see readCredential). */
    private static final Map<ReadKey, Credential> READ = new ConcurrentHashMap<>();

    private KeyStoreFiles() {}

    public static void writeCredential(Path file, Credential credential, char[] password) {
        try {
            KeyStore store = emptyStore();
            store.setKeyEntry(
                    KEY_ALIAS,
                    credential.privateKey(),
                    password,
                    credential.chain().toArray(Certificate[]::new));
            AtomicFiles.writePrivate(file, serialize(store, password));
        } catch (GeneralSecurityException e) {
            throw new CertificateStoreException(file, "cannot build key store", e);
        }
    }

    /**
     * Writes {@code credential} to {@code file} unless the file exists ({@link AtomicFiles#createPrivate}).
     *
     * @return true if this call created it
     */
    public static boolean createCredential(Path file, Credential credential, char[] password) {
        try {
            KeyStore store = emptyStore();
            store.setKeyEntry(
                    KEY_ALIAS,
                    credential.privateKey(),
                    password,
                    credential.chain().toArray(Certificate[]::new));
            return AtomicFiles.createPrivate(file, serialize(store, password));
        } catch (GeneralSecurityException e) {
            throw new CertificateStoreException(file, "cannot build key store", e);
        }
    }

    public static Credential readCredential(Path file, char[] password, CertificateKind kind) {
        byte[] bytes = read(file);
        // Each PKCS12 load runs PBKDF2 for the MAC and every encrypted bag; roles of one JVM share the
        // root CA's store, so the same bytes with the same password are decrypted once (start-up cost).
        ReadKey key = new ReadKey(digest(bytes), digest(new String(password).getBytes(StandardCharsets.UTF_8)), kind);
        Credential cached = READ.get(key);
        if (cached != null) {
            return cached;
        }
        Credential credential = readCredential(file, bytes, password, kind);
        if (READ.size() >= 256) {
            READ.clear();
        }
        READ.put(key, credential);
        return credential;
    }

    private record ReadKey(String content, String password, CertificateKind kind) {}

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Credential readCredential(Path file, byte[] bytes, char[] password, CertificateKind kind) {
        KeyStore store = load(file, bytes, password);
        try {
            if (!(store.getKey(KEY_ALIAS, password) instanceof PrivateKey key)) {
                throw new CertificateStoreException(
                        file, "key store holds no private key under alias '" + KEY_ALIAS + "'", null);
            }
            List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(KEY_ALIAS))
                    .map(X509Certificate.class::cast)
                    .toList();
            return new Credential(kind, key, chain);
        } catch (GeneralSecurityException e) {
            throw new CertificateStoreException(file, "cannot read the private key in key store", e);
        }
    }

    /** A trust store holding {@code roots} as trusted certificate entries. */
    public static void writeTrustStore(Path file, List<X509Certificate> roots, char[] password) {
        try {
            KeyStore store = emptyStore();
            for (int i = 0; i < roots.size(); i++) {
                store.setCertificateEntry("fedemu-root-" + i, roots.get(i));
            }
            AtomicFiles.writePublic(file, serialize(store, password));
        } catch (GeneralSecurityException e) {
            throw new CertificateStoreException(file, "cannot build trust store", e);
        }
    }

    public static KeyStore load(Path file, char[] password) {
        return load(file, read(file), password);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CertificateStoreException(file, "key store is missing", e);
        } catch (IOException e) {
            throw new CertificateStoreException(file, "cannot read key store", e);
        }
    }

    private static KeyStore load(Path file, byte[] bytes, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new CertificateStoreException(file, "key store is corrupt or its password is wrong", e);
        }
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        return store;
    }

    private static byte[] serialize(KeyStore store, char[] password) throws GeneralSecurityException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            store.store(out, password);
        } catch (IOException e) {
            throw new GeneralSecurityException(e);
        }
        return out.toByteArray();
    }
}
