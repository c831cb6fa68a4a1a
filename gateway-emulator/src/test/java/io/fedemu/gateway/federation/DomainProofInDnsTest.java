package io.fedemu.gateway.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.Credential;
import io.fedemu.certs.FederatedDomainProof;
import io.fedemu.certs.PemFiles;
import io.fedemu.client.Json;
import io.fedemu.protocol.gateway.DomainProofSubmission;
import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.protocol.gateway.OrganizationRegistration;
import io.fedemu.protocol.reason.Reason;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gateway with a DNS (docs/PROTOCOL.md section 22): a domain is federated only when a TXT record at its apex
 * holds the proof for the organization's current certificate; the proof in the request proves nothing by itself.
 */
class DomainProofInDnsTest {
    private static final Clock CLOCK = Clock.systemUTC();
    private static final Credential CONTOSO = CertificateAuthority.selfSignedFederation("contoso", CLOCK);
    private static final Credential INTRUDER = CertificateAuthority.selfSignedFederation("intruder", CLOCK);

    @TempDir
    Path state;

    final Map<String, List<String>> txt = new HashMap<>();
    OrganizationRegistry registry;

    @BeforeEach
    void register() {
        registry = new OrganizationRegistry(
                state.resolve("registry.json"),
                Json.strict(),
                CLOCK,
                Duration.ofHours(1),
                name -> txt.getOrDefault(name, List.of()));
        registry.register(new OrganizationRegistration("contoso", OrganizationKind.ON_PREMISES, null, pem(CONTOSO)));
        registry.register(new OrganizationRegistration("intruder", OrganizationKind.ON_PREMISES, null, pem(INTRUDER)));
    }

    @Test
    void aSignatureOfItsOwnNoLongerLetsAnOrganizationClaimADomainWithoutTheRecord() {
        String proof =
                FederatedDomainProof.create(INTRUDER, "sales.contoso.com").proof();

        assertThatThrownBy(
                        () -> registry.proveDomain("intruder", new DomainProofSubmission("sales.contoso.com", proof)))
                .isInstanceOfSatisfying(RegistryRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DOMAIN_PROOF_NOT_PUBLISHED);
                    assertThat(e.getMessage())
                            .isEqualTo("Proof of domain ownership has failed. Make sure that the TXT record for the "
                                    + "specified domain is available in DNS. The format of the TXT record should be "
                                    + "\"sales.contoso.com IN TXT " + proof + "\".");
                });
        assertThat(registry.ownerOf("sales.contoso.com")).isEmpty();
    }

    @Test
    void theProofOfAnotherOrganizationsKeyInDnsDoesNotCountAndTheRightOneDoes() {
        txt.put(
                "sales.contoso.com",
                new ArrayList<>(List.of(
                        "v=spf1 -all",
                        FederatedDomainProof.create(CONTOSO, "sales.contoso.com")
                                .proof())));
        assertThatThrownBy(() -> registry.proveDomain("intruder", new DomainProofSubmission("sales.contoso.com", null)))
                .isInstanceOfSatisfying(
                        RegistryRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.DOMAIN_PROOF_NOT_PUBLISHED));

        // Published by the owner of the domain: accepted, whatever the request carries.
        assertThat(registry.proveDomain("contoso", new DomainProofSubmission("sales.contoso.com", "anything"))
                        .domains())
                .contains("sales.contoso.com");
    }

    @Test
    void aDnsThatDoesNotAnswerIsNoProofAndSaysSo() {
        OrganizationRegistry silent = new OrganizationRegistry(
                state.resolve("registry.json"), Json.strict(), CLOCK, Duration.ofHours(1), name -> {
                    throw new IllegalStateException("timed out");
                });
        assertThatThrownBy(() -> silent.proveDomain("contoso", new DomainProofSubmission("contoso.com", null)))
                .isInstanceOfSatisfying(RegistryRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.DOMAIN_PROOF_NOT_PUBLISHED);
                    assertThat(e.getMessage()).contains("The DNS server did not answer: timed out");
                });
    }

    private static String pem(Credential credential) {
        return PemFiles.encode(List.of(credential.certificate()));
    }
}
