package io.fedemu.certs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A test JVM's federations share one CA and hand their key pairs on, never while they use them. */
class KeyPairReuseTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    @Test
    void aDiscardedDirectorysKeyPairsAreIssuedAgainEachOnce() {
        CertificateStore discarded = CertificateStore.in(dir.resolve("first"));
        CertificateAuthority ca = discarded.initAuthority(CLOCK);
        discarded.tlsServer("gateway", List.of("localhost"), ca);
        discarded.saveSlots(CertificateKind.FEDERATION, "contoso", CertificateSlots.of(ca.issueFederation("contoso")));
        discarded.saveSlots(
                CertificateKind.TOKEN_SIGNING, "gateway", CertificateSlots.of(ca.issueTokenSigning("issuer")));
        List<KeyPair> issued = discarded.issuedKeyPairs();

        assertThat(issued).hasSize(3);
        assertThat(issued)
                .extracting(KeyPair::getPublic)
                .doesNotContain(ca.certificate().getPublicKey());

        RsaKeyPairs.recycle(issued);
        RsaKeyPairs.recycle(issued);
        int spare = RsaKeyPairs.spare();
        List<PublicKey> rsa = issued.stream()
                .map(KeyPair::getPublic)
                .filter(key -> key.getAlgorithm().equals("RSA"))
                .toList();
        assertThat(rsa).as("federation and token signing; the TLS pair is EC").hasSize(2);
        assertThat(spare).as("a pair recycled twice is spare once").isGreaterThanOrEqualTo(2);

        CertificateStore next = CertificateStore.in(dir.resolve("second"));
        next.adoptAuthority(ca);
        List<PublicKey> reissued = new ArrayList<>();
        for (int i = 0; i <= spare; i++) {
            reissued.add(ca.issueFederation("org-" + i).certificate().getPublicKey());
        }
        PublicKey tls = next.tlsServer("gateway", List.of("localhost"), ca)
                .certificate()
                .getPublicKey();

        assertThat(reissued).doesNotHaveDuplicates();
        assertThat(reissued).containsAll(rsa);
        assertThat(tls.getAlgorithm()).isEqualTo("EC");
        assertThat(issued).extracting(KeyPair::getPublic).doesNotContain(tls);
        assertThat(RsaKeyPairs.spare()).isZero();
    }

    @Test
    void anAdoptedAuthorityIsTheDirectorysCaAndTrustBundle() throws Exception {
        CertificateAuthority jvm = CertificateAuthority.create(CLOCK);
        CertificateStore store = CertificateStore.in(dir);

        store.adoptAuthority(jvm);
        store.adoptAuthority(jvm);

        assertThat(store.initAuthority(CLOCK).certificate()).isEqualTo(jvm.certificate());
        assertThat(PemFiles.read(store.trustBundle())).containsExactly(jvm.certificate());
        assertThat(Files.exists(store.trustStore())).isTrue();
        assertThatThrownBy(() -> store.adoptAuthority(CertificateAuthority.create(CLOCK)))
                .isInstanceOf(CertificateStoreException.class)
                .hasMessageContaining("another root CA");
    }

    @Test
    void anAuthorityAdoptedFromAnotherDirectoryIsTheSameBytesAndStaysPrivate() throws Exception {
        CertificateStore jvm = CertificateStore.in(dir.resolve("jvm"));
        jvm.adoptAuthority(CertificateAuthority.create(CLOCK));
        CertificateStore state = CertificateStore.in(dir.resolve("state"));

        state.adoptAuthorityOf(jvm);

        assertThat(state.initAuthority(CLOCK).certificate())
                .isEqualTo(jvm.loadAuthority(CLOCK).certificate());
        assertThat(Files.readAllBytes(state.directory().resolve("ca.p12")))
                .isEqualTo(Files.readAllBytes(jvm.directory().resolve("ca.p12")));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                        Files.getPosixFilePermissions(state.directory().resolve("ca.p12"))))
                .isEqualTo("rw-------");
        assertThat(Files.readString(state.trustBundle())).isEqualTo(Files.readString(jvm.trustBundle()));
        assertThatThrownBy(() -> state.adoptAuthorityOf(jvm)).isInstanceOf(CertificateStoreException.class);
    }
}
