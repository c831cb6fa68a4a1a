package io.fedemu.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.CertificateKind;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.StoredCertificate;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a later test class of one scenario gets from the first (issue 18): the TLS certificates its start issued,
 * and nothing a test did afterwards; a scenario with other host names, or the same one on plain HTTP, gets nothing.
 */
class IssuedAtStartTest {
    @Test
    void aLaterClassServesTheFirstClasssTlsCertificatesButNoneOfItsState() throws Exception {
        FederationExtension first = FederationExtension.scenario("hybrid");
        first.beforeAll(null);
        Map<String, BigInteger> firstTls = tlsSerials(first);
        Path firstState = first.topology().stateDirectory();
        // What tests of the first class leave behind: a certificate issued while it ran, a relationship removed.
        Files.copy(firstState.resolve("certs/tls/gateway.p12"), firstState.resolve("certs/tls/written-by-a-test.p12"));
        first.tenant("contoso-onprem")
                .relationships()
                .remove(first.tenant("contoso-onprem")
                        .relationships()
                        .list()
                        .get(0)
                        .name());
        first.afterAll(null);

        FederationExtension second = FederationExtension.scenario("hybrid");
        second.beforeAll(null);
        try {
            Path secondState = second.topology().stateDirectory();
            assertThat(secondState).isNotEqualTo(firstState);
            assertThat(tlsSerials(second)).containsAllEntriesOf(firstTls);
            assertThat(secondState.resolve("certs/tls/written-by-a-test.p12")).doesNotExist();
            assertThat(second.tenant("contoso-onprem").relationships().list()).hasSize(1);
            // The copied certificates serve: a request crosses the boundary over HTTPS.
            assertThat(CrossBoundary.aliceAsksBob(second)).isEqualTo("NoError");
        } finally {
            second.afterAll(null);
        }
    }

    @Test
    void anotherScenarioOrTransportNeverGetsTheKeptCertificates() throws Exception {
        FederationExtension hybrid = FederationExtension.scenario("hybrid");
        hybrid.beforeAll(null);
        Map<String, BigInteger> hybridTls = tlsSerials(hybrid);
        hybrid.afterAll(null);

        // Another scenario (its own host names), and the same scenario with another field, are kept apart.
        for (FederationExtension other : new FederationExtension[] {
            FederationExtension.scenario("partner"),
            FederationExtension.scenario("hybrid").allowPartner("contoso-onprem", URI.create("https://stub.test:8443"))
        }) {
            other.beforeAll(null);
            try {
                assertThat(tlsSerials(other).values()).doesNotContainAnyElementsOf(hybridTls.values());
            } finally {
                other.afterAll(null);
            }
        }

        FederationExtension plain = FederationExtension.scenario("hybrid").plainHttp();
        plain.beforeAll(null);
        try {
            assertThat(tlsSerials(plain).values()).doesNotContainAnyElementsOf(hybridTls.values());
        } finally {
            plain.afterAll(null);
        }
    }

    private static Map<String, BigInteger> tlsSerials(FederationExtension federation) {
        return CertificateStore.in(federation.topology().stateDirectory()).inventory().stream()
                .filter(row -> row.kind() == CertificateKind.TLS_SERVER)
                .collect(Collectors.toMap(
                        StoredCertificate::owner, row -> row.certificate().getSerialNumber()));
    }
}
