package io.fedemu.certs;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/** Certificate fingerprints in the forms users meet them. */
public final class Thumbprints {
    private Thumbprints() {}

    /** SHA-1 over the DER encoding, upper-case hex without separators, as Exchange's cmdlets print it. */
    public static String sha1(X509Certificate certificate) {
        return HexFormat.of().withUpperCase().formatHex(digest("SHA-1", certificate));
    }

    /** SHA-256 over the DER encoding, upper-case hex. */
    public static String sha256(X509Certificate certificate) {
        return HexFormat.of().withUpperCase().formatHex(digest("SHA-256", certificate));
    }

    /** The JOSE {@code x5t#S256} header value: base64url SHA-256 without padding (RFC 7515 section 4.1.8). */
    public static String x5tS256(X509Certificate certificate) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest("SHA-256", certificate));
    }

    private static byte[] digest(String algorithm, X509Certificate certificate) {
        try {
            return MessageDigest.getInstance(algorithm).digest(certificate.getEncoded());
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            // Both digests are mandatory in every JDK and an issued certificate always encodes.
            throw new IllegalStateException(e);
        }
    }
}
