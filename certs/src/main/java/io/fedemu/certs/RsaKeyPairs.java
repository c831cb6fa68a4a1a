package io.fedemu.certs;

import java.security.KeyPair;
import java.security.PublicKey;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Where every certificate's RSA key pair comes from. Generating a 2048-bit pair is the dearest step of
 * issuing (hundreds of milliseconds on a loaded machine, several per role), so a JVM that starts and throws
 * away many federations, a test suite, hands the pairs of a discarded state directory back with
 * {@link #recycle} and the next certificates are issued on them. A pair is handed out once per recycling:
 * no two certificates in use share a key. Nothing is ever recycled unless a caller does it, so the command
 * line and persistent state directories always get fresh keys.
 */
public final class RsaKeyPairs {
    private static final Deque<KeyPair> SPARE = new ArrayDeque<>();
    private static final Set<PublicKey> SPARE_KEYS = new HashSet<>();

    private RsaKeyPairs() {}

    /** A spare pair if one was recycled, else a new one. */
    static KeyPair take() {
        synchronized (SPARE) {
            KeyPair spare = SPARE.pollFirst();
            if (spare != null) {
                SPARE_KEYS.remove(spare.getPublic());
                return spare;
            }
        }
        return CertificateIssuer.generateRsaKeyPair();
    }

    /**
     * Makes {@code pairs} available to the next certificates issued in this JVM. Only for pairs nothing uses
     * any more (their state directory is being deleted); a pair already spare is not added twice. Only RSA pairs
     * are kept: the TLS certificates' EC pairs cost next to nothing to make and could not serve an RSA certificate.
     */
    public static void recycle(Collection<KeyPair> pairs) {
        synchronized (SPARE) {
            for (KeyPair pair : pairs) {
                if ("RSA".equals(pair.getPublic().getAlgorithm()) && SPARE_KEYS.add(pair.getPublic())) {
                    SPARE.addLast(pair);
                }
            }
        }
    }

    /** How many recycled pairs wait to be used. */
    public static int spare() {
        synchronized (SPARE) {
            return SPARE.size();
        }
    }
}
