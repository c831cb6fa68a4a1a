package io.fedemu.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.cert.CertPathValidatorException;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;

class CertificateAuthorityTest {
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";
    private final CertificateAuthority ca = CertificateAuthority.create(Clock.systemUTC());

    @Test
    void rootIsACertificateAuthorityThatMaySignCertificatesAndCrls() {
        X509Certificate root = ca.certificate();
        assertThat(root.getBasicConstraints()).as("path length").isEqualTo(1);
        boolean[] usage = root.getKeyUsage();
        assertThat(usage[5]).as("keyCertSign").isTrue();
        assertThat(usage[6]).as("cRLSign").isTrue();
        assertThat(root.getSubjectX500Principal()).isEqualTo(root.getIssuerX500Principal());
    }

    @Test
    void theRootLastsThreeYearsTheIntermediateOneAndTlsCertificatesNinetyDays() {
        java.time.Instant notAfter = ca.certificate().getNotAfter().toInstant();
        java.time.Instant now = java.time.Instant.now();
        assertThat(notAfter)
                .isAfter(now.plus(java.time.Duration.ofDays(3 * 365 - 1)))
                .isBefore(now.plus(java.time.Duration.ofDays(3 * 365 + 1)));
        // New-ExchangeCertificate's five years for a federation certificate, cut at the CA's end.
        assertThat(ca.issueFederation("contoso").certificate().getNotAfter().toInstant())
                .isBeforeOrEqualTo(notAfter);
        java.time.Instant intermediateEnd =
                ca.intermediate().certificate().getNotAfter().toInstant();
        assertThat(intermediateEnd)
                .isAfter(now.plus(java.time.Duration.ofDays(364)))
                .isBefore(now.plus(java.time.Duration.ofDays(366)));
        assertThat(ca.issueTlsServer(List.of("mail.contoso.com"))
                        .certificate()
                        .getNotAfter()
                        .toInstant())
                .isBefore(intermediateEnd)
                .isAfter(now.plus(java.time.Duration.ofDays(89)))
                .isBefore(now.plus(java.time.Duration.ofDays(91)));
        assertThat(ca.issueTokenSigning("https://localhost")
                        .certificate()
                        .getNotAfter()
                        .toInstant())
                .isBeforeOrEqualTo(notAfter);
    }

    @Test
    void tlsServerCertificateChainsThroughTheIntermediateToTheRootAndNamesEveryHost() throws Exception {
        Credential tls = ca.issueTlsServer(List.of("mail.contoso.com", "autodiscover.contoso.com"));

        Pkix.validate(tls, ca.certificate());
        assertThat(tls.certificate().getIssuerX500Principal().getName())
                .isEqualTo(CertificateAuthority.INTERMEDIATE_SUBJECT);
        assertThat(tls.certificate().getExtendedKeyUsage()).contains(SERVER_AUTH);
        assertThat(tls.certificate().getBasicConstraints()).isEqualTo(-1);
        assertThat(tls.certificate().getSubjectAlternativeNames().stream()
                        .map(entry -> String.valueOf(entry.get(1)))
                        .toList())
                .contains("mail.contoso.com", "autodiscover.contoso.com", "localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(tls.chain())
                .containsExactly(tls.certificate(), ca.intermediate().certificate(), ca.certificate());
    }

    @Test
    void tlsServerKeysAreEcdsaP256AndOnlySign() {
        Credential tls = ca.issueTlsServer(List.of("mail.contoso.com"));

        assertThat(tls.certificate().getPublicKey()).isInstanceOf(java.security.interfaces.ECPublicKey.class);
        assertThat(((java.security.interfaces.ECPublicKey) tls.certificate().getPublicKey())
                        .getParams()
                        .getOrder()
                        .bitLength())
                .isEqualTo(256);
        boolean[] usage = tls.certificate().getKeyUsage();
        assertThat(usage[0]).as("digitalSignature").isTrue();
        assertThat(usage[2]).as("keyEncipherment: an EC key does not encipher").isFalse();
        assertThat(ca.certificate().getPublicKey().getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void federationCertificateIssuedByTheCaMeetsExchangesRequirements() throws Exception {
        Credential federation = ca.issueFederation("contoso");

        Pkix.validate(federation.certificate(), ca.certificate());
        assertFederationShape(federation.certificate());
    }

    @Test
    void selfSignedFederationCertificateIsItsOwnAnchorAndNotTrustedThroughTheCa() throws Exception {
        Credential federation = CertificateAuthority.selfSignedFederation("contoso", Clock.systemUTC());

        assertFederationShape(federation.certificate());
        assertThat(federation.certificate().getSubjectX500Principal())
                .isEqualTo(federation.certificate().getIssuerX500Principal());
        Pkix.validate(federation.certificate(), federation.certificate());
        assertThatThrownBy(() -> Pkix.validate(federation.certificate(), ca.certificate()))
                .isInstanceOf(CertPathValidatorException.class);
    }

    @Test
    void tokenSigningCertificateChainsToTheRootAndMaySign() throws Exception {
        Credential signing = ca.issueTokenSigning("urn:federation:fedemu");

        Pkix.validate(signing.certificate(), ca.certificate());
        assertThat(signing.certificate().getKeyUsage()[0])
                .as("digitalSignature")
                .isTrue();
        assertThat(signing.kind()).isEqualTo(CertificateKind.TOKEN_SIGNING);
    }

    @Test
    void aCertificateFromAnotherEmulatorIsRefusedByPkix() {
        CertificateAuthority stranger = CertificateAuthority.create(Clock.systemUTC());
        Credential foreign = stranger.issueTlsServer(List.of("mail.contoso.com"));

        assertThatThrownBy(() -> Pkix.validate(foreign, ca.certificate()))
                .isInstanceOf(CertPathValidatorException.class);
    }

    @Test
    void anOrganizationNameCannotInjectExtraNameComponents() {
        Credential federation = ca.issueFederation("evil,CN=Admin");

        assertThat(federation.certificate().getSubjectX500Principal().getName())
                .isEqualTo("CN=Federation,O=evil\\,CN\\=Admin");
    }

    private static void assertFederationShape(X509Certificate certificate) throws Exception {
        assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength())
                .isEqualTo(2048);
        assertThat(certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId()))
                .isNotNull();
        assertThat(certificate.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
        assertThat(certificate.getKeyUsage()[2])
                .as("keyEncipherment, for tokens encrypted to it")
                .isTrue();
    }
}
