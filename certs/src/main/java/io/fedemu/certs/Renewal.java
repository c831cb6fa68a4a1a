package io.fedemu.certs;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/** When a start re-issues a certificate it finds in the state directory instead of using it again. */
final class Renewal {
    private Renewal() {}

    /**
     * Due when less than {@code window} of it is left, but only if a new one from {@code issuer} would end
     * later: near the end of the issuer's own life every successor would be cut to the same end, and
     * re-issuing it at every start would change thumbprints for nothing. Also due when it is not valid yet
     * (it was issued by a role whose clock ran well ahead), since a new one starts now.
     */
    static boolean due(X509Certificate certificate, X509Certificate issuer, Duration window, Instant now) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            return true;
        }
        return !now.plus(window).isBefore(notAfter)
                && issuer.getNotAfter().toInstant().isAfter(notAfter);
    }

    /** Whether {@code issuer}'s key signed {@code certificate} under {@code issuer}'s name. */
    static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException wrongKey) {
            return false;
        }
    }
}
