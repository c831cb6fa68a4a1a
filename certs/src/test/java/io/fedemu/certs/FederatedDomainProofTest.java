package io.fedemu.certs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import org.junit.jupiter.api.Test;

class FederatedDomainProofTest {
    private final Credential contoso = CertificateAuthority.selfSignedFederation("contoso", Clock.systemUTC());
    private final Credential fabrikam = CertificateAuthority.selfSignedFederation("fabrikam", Clock.systemUTC());

    @Test
    void theSameKeyAndDomainAlwaysGiveTheSameTxtRecord() {
        FederatedDomainProof first = FederatedDomainProof.create(contoso, "Contoso.com");
        FederatedDomainProof second = FederatedDomainProof.create(contoso, "contoso.com.");

        assertThat(first).isEqualTo(second);
        assertThat(first.txtRecord())
                .startsWith("contoso.com TXT IN ")
                .isEqualTo("contoso.com TXT IN " + first.proof());
    }

    @Test
    void aProofVerifiesAsBareValueOrWholeTxtLineAgainstTheSigningCertificate() {
        FederatedDomainProof proof = FederatedDomainProof.create(contoso, "contoso.com");
        var key = contoso.certificate().getPublicKey();

        assertThat(FederatedDomainProof.verify(key, "CONTOSO.COM", proof.proof()))
                .isTrue();
        assertThat(FederatedDomainProof.verify(key, "contoso.com", proof.txtRecord()))
                .isTrue();
    }

    @Test
    void aProofFailsForAnotherKeyAnotherDomainOrGarbage() {
        FederatedDomainProof proof = FederatedDomainProof.create(contoso, "contoso.com");

        assertThat(FederatedDomainProof.verify(fabrikam.certificate().getPublicKey(), "contoso.com", proof.proof()))
                .isFalse();
        assertThat(FederatedDomainProof.verify(contoso.certificate().getPublicKey(), "fabrikam.com", proof.proof()))
                .isFalse();
        assertThat(FederatedDomainProof.verify(
                        contoso.certificate().getPublicKey(), "fabrikam.com", "contoso.com TXT IN " + proof.proof()))
                .isFalse();
        assertThat(FederatedDomainProof.verify(contoso.certificate().getPublicKey(), "contoso.com", "not base64!"))
                .isFalse();
        assertThat(FederatedDomainProof.verify(contoso.certificate().getPublicKey(), "contoso.com", ""))
                .isFalse();
    }
}
