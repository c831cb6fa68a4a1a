package io.fedemu.certs;

import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;

/** Chain validation with the JDK's own PKIX validator, as a TLS client or token validator would do it. */
final class Pkix {
    private Pkix() {}

    static PKIXCertPathValidatorResult validate(X509Certificate leaf, X509Certificate anchor) throws Exception {
        return validate(List.of(leaf), anchor);
    }

    /** {@code credential}'s chain up to, not including, {@code anchor}: what a server presents. */
    static PKIXCertPathValidatorResult validate(Credential credential, X509Certificate anchor) throws Exception {
        return validate(
                credential.chain().stream()
                        .filter(certificate -> !certificate.equals(anchor))
                        .toList(),
                anchor);
    }

    /** {@code path} leaf first, without the anchor. */
    static PKIXCertPathValidatorResult validate(List<X509Certificate> path, X509Certificate anchor) throws Exception {
        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
        parameters.setRevocationEnabled(false);
        return (PKIXCertPathValidatorResult) CertPathValidator.getInstance("PKIX")
                .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
    }
}
