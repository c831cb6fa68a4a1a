package io.fedemu.client.gateway;

import io.fedemu.protocol.gateway.GatewayMetadata;
import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/** The X.509 certificate inside a metadata signing entry (its {@code x5c}), for validity and thumbprint checks. */
public final class SigningCertificates {
    private SigningCertificates() {}

    public static X509Certificate x509(GatewayMetadata.SigningCertificate signing) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(
                            Base64.getDecoder().decode(signing.x5c().get(0))));
        } catch (CertificateException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalStateException(
                    "the gateway's metadata holds an unreadable certificate " + signing.kid(), e);
        }
    }
}
