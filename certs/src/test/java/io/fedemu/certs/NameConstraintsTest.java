package io.fedemu.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.cert.CertPathValidatorException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.x509.Extension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the intermediate's key can sign that a client trusting only the root accepts, judged by the JDK's
 * PKIX validator. The rogue certificates are signed with the key directly, as someone who copied it would.
 */
class NameConstraintsTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final CertificateAuthority CA = CertificateAuthority.create(CLOCK);
    /** The intermediate as a scenario with mail.contoso.com leaves it. */
    private static final Credential INTERMEDIATE = CA.intermediateFor(CA.intermediate(), List.of("mail.contoso.com"));

    private final CertificateIssuer issuer = new CertificateIssuer(CLOCK);

    @Test
    void theIntermediateIsACaForLeavesOnlyWithCriticalNameConstraints() throws Exception {
        X509Certificate intermediate = INTERMEDIATE.certificate();

        assertThat(intermediate.getBasicConstraints()).as("path length").isZero();
        assertThat(intermediate.getCriticalExtensionOIDs()).contains(Extension.nameConstraints.getId());
        assertThat(intermediate.getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
        assertThat(PermittedNames.of(intermediate).orElseThrow())
                .isEqualTo(PermittedNames.LOOPBACK.plus(PermittedNames.loopbackAnd(List.of("mail.contoso.com"))));
        assertThat(PermittedNames.LOOPBACK.dnsNames()).containsExactly("localhost");
        assertThat(PermittedNames.LOOPBACK.ipRanges()).containsExactlyInAnyOrder("127.0.0.0/8", "::1/128");
        Pkix.validate(List.of(intermediate), CA.certificate());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "www.example.com",
                "login.microsoftonline.com",
                "contoso.com",
                "evil.contoso.com",
                "localhost.example.com",
                "10.1.2.3",
                "2001:db8::1"
            })
    void aCertificateTheIntermediateKeySignsForAnotherNameIsRefused(String name) {
        // localhost too, so that the name outside is the only thing wrong with it
        X509Certificate rogue = rogueLeaf(List.of("localhost", name));

        assertThatThrownBy(() -> Pkix.validate(List.of(rogue, INTERMEDIATE.certificate()), CA.certificate()))
                .isInstanceOf(CertPathValidatorException.class)
                .hasMessageContaining("name constraints");
        assertThatThrownBy(() -> CA.issueTlsServer(List.of(name), INTERMEDIATE))
                .as("the authority itself never issues what would be refused")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "mail.contoso.com", "eu.mail.contoso.com", "127.0.0.2", "::1", "[::1]"})
    void thePermittedNamesAndTheirSubdomainsPass(String name) throws Exception {
        Pkix.validate(List.of(rogueLeaf(List.of(name)), INTERMEDIATE.certificate()), CA.certificate());
        Pkix.validate(CA.issueTlsServer(List.of(name), INTERMEDIATE), CA.certificate());
    }

    @Test
    void aCaTheIntermediateKeySignsIsRefusedWhateverItsOwnConstraints() throws Exception {
        KeyPair keys = CertificateIssuer.newRsaKeyPair();
        X509Certificate subordinate = issuer.intermediateCa(
                INTERMEDIATE, "CN=Rogue CA", keys.getPublic(), PermittedNames.LOOPBACK, Duration.ofDays(30));
        Credential rogueCa = new Credential(CertificateKind.INTERMEDIATE_CA, keys.getPrivate(), List.of(subordinate));
        X509Certificate leaf =
                issuer.tlsServer(rogueCa, "CN=localhost", keys.getPublic(), List.of("localhost"), Duration.ofDays(1));

        assertThatThrownBy(
                        () -> Pkix.validate(List.of(leaf, subordinate, INTERMEDIATE.certificate()), CA.certificate()))
                .isInstanceOf(CertPathValidatorException.class);
    }

    @Test
    void wideningCertifiesTheSameKeySoEarlierLeavesChainToTheNewCertificate() throws Exception {
        CertificateAuthority ca = CertificateAuthority.create(CLOCK);
        Credential before = ca.intermediate();
        Credential earlier = ca.issueTlsServer(List.of("localhost"));

        Credential kept = ca.intermediateFor(before, List.of("127.0.0.1", "localhost"));
        Credential widened = ca.intermediateFor(before, List.of("mail.fabrikam.com"));

        assertThat(kept).isSameAs(before);
        assertThat(widened.certificate()).isNotEqualTo(before.certificate());
        assertThat(widened.certificate().getPublicKey())
                .isEqualTo(before.certificate().getPublicKey());
        assertThat(PermittedNames.of(widened.certificate()).orElseThrow().dnsNames())
                .containsExactly("localhost", "mail.fabrikam.com");
        Pkix.validate(List.of(earlier.certificate(), widened.certificate()), ca.certificate());
    }

    @Test
    void anIntermediateInItsLastNinetyDaysIsRenewedOnANewKeyWithItsNames() {
        Credential current = CA.intermediateFor(null, List.of("mail.contoso.com"));

        CertificateAuthority dayTwoHundred = new CertificateAuthority(CA.root(), offset(200));
        CertificateAuthority dayTwoHundredEighty = new CertificateAuthority(CA.root(), offset(280));

        assertThat(dayTwoHundred.intermediateFor(current, List.of())).isSameAs(current);
        Credential renewed = dayTwoHundredEighty.intermediateFor(current, List.of());
        assertThat(renewed.certificate().getPublicKey())
                .isNotEqualTo(current.certificate().getPublicKey());
        assertThat(renewed.certificate().getNotAfter())
                .isAfter(current.certificate().getNotAfter());
        assertThat(PermittedNames.of(renewed.certificate())).isEqualTo(PermittedNames.of(current.certificate()));
    }

    @Test
    void nearTheRootsEndTheIntermediateEndsWithItAndIsNotRenewedAtEveryStart() {
        Duration toRootEnd =
                Duration.between(CLOCK.instant(), CA.certificate().getNotAfter().toInstant());
        CertificateAuthority late =
                new CertificateAuthority(CA.root(), Clock.offset(CLOCK, toRootEnd.minus(Duration.ofDays(60))));

        Credential last = late.intermediateFor(INTERMEDIATE, List.of());

        assertThat(last.certificate().getNotAfter()).isEqualTo(CA.certificate().getNotAfter());
        assertThat(late.intermediateFor(last, List.of())).isSameAs(last);
    }

    @Test
    void anIntermediateOfAnotherRootIsReplaced() {
        CertificateAuthority other = CertificateAuthority.create(CLOCK);

        Credential replaced = CA.intermediateFor(other.intermediate(), List.of());

        assertThat(Renewal.issuedBy(replaced.certificate(), CA.certificate())).isTrue();
    }

    private X509Certificate rogueLeaf(List<String> names) {
        KeyPair keys = CertificateIssuer.newRsaKeyPair();
        return issuer.tlsServer(
                INTERMEDIATE, "CN=" + names.get(names.size() - 1), keys.getPublic(), names, Duration.ofDays(30));
    }

    private static Clock offset(int days) {
        return Clock.offset(CLOCK, Duration.ofDays(days));
    }
}
