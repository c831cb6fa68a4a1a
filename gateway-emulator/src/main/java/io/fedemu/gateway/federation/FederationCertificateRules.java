package io.fedemu.gateway.federation;

import io.fedemu.protocol.reason.Reason;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** What Exchange requires of a federation certificate (PROTOCOL.md section 3); each miss is named. */
final class FederationCertificateRules {
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private static final String SUBJECT_KEY_IDENTIFIER = "2.5.29.14";

    private FederationCertificateRules() {}

    static void check(X509Certificate certificate, Instant now) {
        List<String> missing = new ArrayList<>();
        if (!(certificate.getPublicKey() instanceof RSAPublicKey rsa)
                || rsa.getModulus().bitLength() < 2048) {
            missing.add("an RSA key of at least 2048 bits");
        }
        if (certificate.getExtensionValue(SUBJECT_KEY_IDENTIFIER) == null) {
            missing.add("a Subject Key Identifier");
        }
        try {
            List<String> usages = certificate.getExtendedKeyUsage();
            if (usages == null || !usages.contains(CLIENT_AUTH)) {
                missing.add("the Client Authentication extended key usage");
            }
        } catch (CertificateParsingException e) {
            missing.add("a readable extended key usage");
        }
        try {
            certificate.checkValidity(Date.from(now));
        } catch (java.security.cert.CertificateException e) {
            missing.add("validity now (valid " + certificate.getNotBefore().toInstant() + " to "
                    + certificate.getNotAfter().toInstant() + ")");
        }
        if (!missing.isEmpty()) {
            throw new RegistryRefusedException(
                    Reason.CERTIFICATE_NOT_FEDERATION_CAPABLE,
                    "federation certificate "
                            + certificate.getSubjectX500Principal().getName() + " lacks " + String.join(", ", missing));
        }
    }
}
