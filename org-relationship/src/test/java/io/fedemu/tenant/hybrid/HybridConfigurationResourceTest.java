package io.fedemu.tenant.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.hybrid.HybridConfigurationInfo;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.admin.AdminRefusedException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /admin/hybrid-configuration: Get-, Set- and Update-HybridConfiguration's refusals and what they keep. */
class HybridConfigurationResourceTest {
    @TempDir
    Path home;

    FakeOrganization onPremises;
    HybridConfigurationStore store;
    HybridConfigurationResource resource;

    @BeforeEach
    void start() {
        onPremises = new FakeOrganization("contoso-onprem", "FYDIBOHF25SPDLT.contoso.com", "contoso.com");
        onPremises.servers.add(HybridConfigurationEngineTest.server(
                "EX2013-01", "Exchange Server 2013", "Mailbox, ClientAccess", null));
        onPremises.certificates.add(new HybridOrganization.SmtpCertificate(
                HybridConfigurationEngineTest.HYBRID_CERTIFICATE, List.of("mail.contoso.com")));
        store = new HybridConfigurationStore(home);
        resource = new HybridConfigurationResource(
                store,
                new HybridConfigurationEngine(store, new Journal(Clock.systemUTC()), "https://mail.contoso.com/EWS"),
                onPremises,
                name -> Optional.empty(),
                "mail.contoso.com");
    }

    @Test
    void beforeTheObjectExistsGetIsNotFound() {
        assertThatThrownBy(resource::get)
                .isInstanceOfSatisfying(
                        AdminRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.HYBRID_CONFIGURATION_NOT_FOUND));
    }

    @Test
    void aPutCreatesTheObjectWithTheDefaultsAndKeepsItAcrossARestart() {
        HybridConfigurationInfo set = resource.set(
                new HybridConfigurationInfo(List.of("FreeBusy", "MailTips"), null, null, null, null, null));

        assertThat(set.features()).containsExactly("FreeBusy", "MailTips");
        assertThat(set.domains()).containsExactly("contoso.com");
        assertThat(set.receivingTransportServers()).containsExactly("EX2013-01");
        assertThat(set.tlsCertificateName()).isEqualTo(HybridConfigurationEngineTest.HYBRID_CERTIFICATE);
        assertThat(set.onPremisesSmartHost()).isEqualTo("mail.contoso.com");
        assertThat(new HybridConfigurationStore(home).get().orElseThrow().info())
                .isEqualTo(set);
    }

    @Test
    void aRefusedPutNamesTheParameterAndChangesNothing() {
        HybridConfigurationInfo before = resource.set(new HybridConfigurationInfo(null, null, null, null, null, null));

        assertThatThrownBy(() -> resource.set(new HybridConfigurationInfo(
                        List.of("FreeBusy"), List.of("fabrikam.com"), null, null, null, null)))
                .isInstanceOfSatisfying(AdminRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.HYBRID_DOMAIN_NOT_ACCEPTED);
                    assertThat(e.getMessage()).startsWith("Domains:");
                });
        assertThat(resource.get()).isEqualTo(before);
    }

    @Test
    void anUpdateNeedsACloudThisEmulatorRuns() {
        assertThatThrownBy(() -> resource.update(null, null, false))
                .isInstanceOfSatisfying(AdminRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.HYBRID_CLOUD_UNKNOWN);
                    assertThat(e.getMessage()).startsWith("cloud:");
                });
        assertThatThrownBy(() -> resource.update("tailspin-cloud", null, false))
                .isInstanceOfSatisfying(
                        AdminRefusedException.class,
                        e -> assertThat(e.getMessage())
                                .isEqualTo("cloud: this emulator runs no organization named 'tailspin-cloud'"));
        assertThat(store.get()).isEmpty();
    }
}
