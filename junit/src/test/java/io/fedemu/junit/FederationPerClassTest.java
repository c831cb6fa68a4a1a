package io.fedemu.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.StoredCertificate;
import java.nio.file.Files;
import java.security.PublicKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Test classes one after another in one JVM, as Surefire runs them: the next one reuses the emulator CA, the TLS
 * certificates the scenario's start issued ({@link IssuedAtStart}) and the key pairs of the one before, and nothing
 * else. It starts from the scenario as written.
 */
class FederationPerClassTest {
    @Test
    void theNextClassGetsNewCertificatesOnReusedKeysAndTheScenarioAsWritten() throws Exception {
        FederationExtension first = FederationExtension.scenario("hybrid");
        first.beforeAll(null);
        String firstCa = Files.readString(first.trustBundle());
        List<StoredCertificate> firstCertificates = certificates(first);
        first.gateway().signingKeys().rotate();
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
            assertThat(Files.readString(second.trustBundle())).isEqualTo(firstCa);
            List<StoredCertificate> secondCertificates = certificates(second);
            assertThat(secondCertificates)
                    .extracting(row -> row.certificate().getSerialNumber())
                    .doesNotContainAnyElementsOf(firstCertificates.stream()
                            // the JVM's CA, root and intermediate, and the roles' TLS certificates for the
                            // scenario's host names are shared on purpose (IssuedAtStartTest)
                            .filter(row -> row.kind() != io.fedemu.certs.CertificateKind.ROOT_CA
                                    && row.kind() != io.fedemu.certs.CertificateKind.INTERMEDIATE_CA
                                    && row.kind() != io.fedemu.certs.CertificateKind.TLS_SERVER)
                            .map(row -> row.certificate().getSerialNumber())
                            .toList());
            List<PublicKey> keys = secondCertificates.stream()
                    .map(row -> row.certificate().getPublicKey())
                    .toList();
            assertThat(keys)
                    .as("no two certificates of one federation share a key")
                    .doesNotHaveDuplicates();

            assertThat(second.gateway().signingKeys().slots().get(io.fedemu.certs.Slot.PREVIOUS))
                    .as("no rotation carried over")
                    .isEmpty();
            assertThat(second.tenant("contoso-onprem").relationships().list()).hasSize(1);
            assertThat(CrossBoundary.aliceAsksBob(second)).isEqualTo("NoError");
        } finally {
            second.afterAll(null);
        }
    }

    private static List<StoredCertificate> certificates(FederationExtension federation) {
        return CertificateStore.in(federation.topology().stateDirectory()).inventory();
    }
}
