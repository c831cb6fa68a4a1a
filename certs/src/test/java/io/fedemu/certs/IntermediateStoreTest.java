package io.fedemu.certs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The intermediate in a state directory: made, widened and renewed at start, never put in the trust bundle. */
class IntermediateStoreTest {
    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path state;

    @Test
    void aDirectoryFromAnOlderFedemuGainsAnIntermediateAndKeepsItsRootAndTrustFiles() throws Exception {
        OlderFedemu.Directory old = OlderFedemu.writeStateDirectory(state, "gateway");
        byte[] bundle = Files.readAllBytes(state.resolve("certs/ca.pem"));
        byte[] trustStore = Files.readAllBytes(state.resolve("certs/truststore.p12"));
        CertificateStore store = CertificateStore.in(state);

        CertificateAuthority ca = store.initAuthority(CLOCK);
        Credential tls = store.tlsServer("gateway", List.of("localhost"), ca);

        assertThat(ca.certificate()).isEqualTo(old.root());
        assertThat(Files.readAllBytes(state.resolve("certs/ca.pem"))).isEqualTo(bundle);
        assertThat(Files.readAllBytes(state.resolve("certs/truststore.p12"))).isEqualTo(trustStore);
        X509Certificate intermediate =
                PemFiles.read(store.intermediateCertificate()).get(0);
        assertThat(Renewal.issuedBy(intermediate, old.root())).isTrue();
        assertThat(tls.thumbprint())
                .as("the root-signed certificate is issued again, by the intermediate")
                .isNotEqualTo(Thumbprints.sha1(old.tls()));
        assertThat(tls.chain()).containsExactly(tls.certificate(), intermediate, old.root());
        Pkix.validate(tls, old.root());
        assertThat(store.tlsServer("gateway", List.of("localhost"), store.initAuthority(CLOCK))
                        .thumbprint())
                .as("and kept from then on")
                .isEqualTo(tls.thumbprint());
    }

    @Test
    void theTrustBundleAndTrustStoreHoldTheRootAloneNeverTheIntermediate() throws Exception {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority ca = store.initAuthority(CLOCK);
        store.tlsServer("tenant", List.of("mail.contoso.com"), ca);

        assertThat(PemFiles.read(store.trustBundle())).containsExactly(ca.certificate());
        assertThat(Collections.list(
                        KeyStoreFiles.load(store.trustStore(), CertificateStore.TRUST_STORE_PASSWORD.toCharArray())
                                .aliases()))
                .containsExactly("fedemu-root-0");
    }

    @Test
    void aTlsCertificateInItsLastMonthIsIssuedAgainAtStartAndKeptBefore() {
        CertificateStore store = CertificateStore.in(state);
        Credential first = store.tlsServer("gateway", List.of("localhost"), store.initAuthority(CLOCK));

        Credential dayFiftyNine = store.tlsServer("gateway", List.of("localhost"), store.initAuthority(inDays(59)));
        Credential daySixtyOne = store.tlsServer("gateway", List.of("localhost"), store.initAuthority(inDays(61)));

        assertThat(dayFiftyNine.thumbprint()).isEqualTo(first.thumbprint());
        assertThat(daySixtyOne.thumbprint()).isNotEqualTo(first.thumbprint());
        assertThat(daySixtyOne.certificate().getNotAfter())
                .isAfter(first.certificate().getNotAfter());
    }

    @Test
    void aRenewedIntermediateHasANewKeyAndTheTlsCertificatesFollowIt() throws Exception {
        CertificateStore store = CertificateStore.in(state);
        CertificateAuthority ca = store.initAuthority(CLOCK);
        store.tlsServer("tenant", List.of("mail.contoso.com"), ca);
        Credential before = ca.intermediate();

        CertificateAuthority later = store.initAuthority(inDays(280));
        Credential tls = store.tlsServer("tenant", List.of("mail.contoso.com"), later);

        Credential renewed = later.intermediate();
        assertThat(renewed.certificate().getPublicKey())
                .isNotEqualTo(before.certificate().getPublicKey());
        assertThat(PermittedNames.of(renewed.certificate()).orElseThrow().dnsNames())
                .contains("mail.contoso.com");
        assertThat(PemFiles.read(store.intermediateCertificate())).containsExactly(renewed.certificate());
        assertThat(Renewal.issuedBy(tls.certificate(), renewed.certificate())).isTrue();
    }

    @Test
    void rolesWideningTheIntermediateTogetherEachKeepTheOthersNames() throws Exception {
        CertificateStore.in(state).initAuthority(CLOCK);
        int roles = 4;
        CyclicBarrier start = new CyclicBarrier(roles);
        ExecutorService pool = Executors.newFixedThreadPool(roles);
        List<Future<Credential>> issued = new ArrayList<>();
        try {
            for (int i = 0; i < roles; i++) {
                String host = "mail" + i + ".contoso.com";
                String role = "tenant-" + i;
                issued.add(pool.submit(() -> {
                    // each with a store and authority of its own, as separate processes would have
                    CertificateStore store = CertificateStore.in(state);
                    CertificateAuthority authority = store.loadAuthority(CLOCK);
                    start.await();
                    return store.tlsServer(role, List.of(host), authority);
                }));
            }
            List<Credential> certificates = new ArrayList<>();
            for (Future<Credential> tls : issued) {
                certificates.add(tls.get());
            }
            X509Certificate root =
                    CertificateStore.in(state).loadAuthority(CLOCK).certificate();
            X509Certificate intermediate = PemFiles.read(
                            CertificateStore.in(state).intermediateCertificate())
                    .get(0);
            assertThat(PermittedNames.of(intermediate).orElseThrow().dnsNames())
                    .contains("mail0.contoso.com", "mail1.contoso.com", "mail2.contoso.com", "mail3.contoso.com");
            for (Credential tls : certificates) {
                // intermediate.pem verifies every TLS certificate: what openssl verify -untrusted is given
                Pkix.validate(List.of(tls.certificate(), intermediate), root);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAdoptedAuthorityBringsItsIntermediateSoDirectoriesShareItsKey() throws Exception {
        CertificateAuthority jvm = CertificateAuthority.create(CLOCK);
        CertificateStore files = CertificateStore.in(state.resolve("jvm"));
        files.adoptAuthority(jvm);
        CertificateStore first = CertificateStore.in(state.resolve("first"));
        first.adoptAuthorityOf(files);

        Credential tls = first.tlsServer("tenant", List.of("mail.contoso.com"), first.initAuthority(CLOCK));

        assertThat(PemFiles.read(files.intermediateCertificate()))
                .containsExactly(jvm.intermediate().certificate());
        assertThat(first.initAuthority(CLOCK).intermediate().certificate().getPublicKey())
                .isEqualTo(jvm.intermediate().certificate().getPublicKey());
        Pkix.validate(tls, jvm.certificate());
    }

    private static Clock inDays(int days) {
        return Clock.offset(CLOCK, Duration.ofDays(days));
    }
}
