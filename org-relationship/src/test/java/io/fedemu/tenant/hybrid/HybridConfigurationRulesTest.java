package io.fedemu.tenant.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.hybrid.HybridConfigurationInfo;
import io.fedemu.protocol.reason.Reason;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Set-HybridConfiguration's checks: a refusal names the parameter; the rest stays as it was. */
class HybridConfigurationRulesTest {
    static final HybridConfiguration CURRENT = new HybridConfiguration(
            EnumSet.allOf(HybridFeature.class),
            List.of("contoso.com"),
            List.of("EX2013-01"),
            List.of("EX2013-01"),
            "<I>CN=CA<S>CN=mail.contoso.com",
            "mail.contoso.com");
    static final HybridConfigurationRules.Organization ORGANIZATION = new HybridConfigurationRules.Organization(
            List.of("contoso.com", "fabrikam.com"),
            List.of(
                    HybridConfigurationEngineTest.server(
                            "EX2013-01", "Exchange Server 2013", "Mailbox, ClientAccess", null),
                    HybridConfigurationEngineTest.server(
                            "EX2007-01", "Exchange Server 2007", "Mailbox, ClientAccess, HubTransport", null)));

    static HybridConfigurationInfo change(
            List<String> features, List<String> domains, List<String> receiving, String certificate) {
        return new HybridConfigurationInfo(features, domains, receiving, null, certificate, null);
    }

    @Test
    void onlyTheParametersGivenChange() {
        HybridConfiguration changed = HybridConfigurationRules.apply(
                CURRENT,
                change(List.of("freebusy", "Photos"), List.of("Fabrikam.com", "contoso.com"), null, null),
                ORGANIZATION);

        assertThat(changed.featureNames()).containsExactly("FreeBusy", "Photos");
        assertThat(changed.domains()).containsExactly("fabrikam.com", "contoso.com");
        assertThat(changed.receivingTransportServers()).containsExactly("EX2013-01");
        assertThat(changed.tlsCertificateName()).isEqualTo(CURRENT.tlsCertificateName());
    }

    @Test
    void anUnknownFeatureIsRefusedNamingFeatures() {
        assertThatThrownBy(() -> HybridConfigurationRules.apply(
                        CURRENT, change(List.of("FreeBusy", "MoveMailbox"), null, null, null), ORGANIZATION))
                .isInstanceOfSatisfying(HybridConfigurationRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.HYBRID_FEATURE_UNKNOWN);
                    assertThat(e.getMessage()).startsWith("Features: 'MoveMailbox' is no feature");
                });
    }

    @Test
    void aDomainThatIsNoAcceptedDomainIsRefusedWithHcw8016() {
        assertThatThrownBy(() -> HybridConfigurationRules.apply(
                        CURRENT, change(null, List.of("tailspin.com"), null, null), ORGANIZATION))
                .isInstanceOfSatisfying(HybridConfigurationRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.HYBRID_DOMAIN_NOT_ACCEPTED);
                    assertThat(e.getMessage()).startsWith("Domains: HCW8016 Hybrid domain 'tailspin.com'");
                });
    }

    @Test
    void aTransportServerMustBeAnExchange2013ServerWithTheRole() {
        assertThatThrownBy(() -> HybridConfigurationRules.apply(
                        CURRENT, change(null, null, List.of("EX2007-01"), null), ORGANIZATION))
                .isInstanceOfSatisfying(HybridConfigurationRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.HYBRID_TRANSPORT_SERVER_INVALID);
                    assertThat(e.getMessage())
                            .startsWith("ReceivingTransportServers: EX2007-01 is Exchange Server " + "2007");
                });
        assertThatThrownBy(() ->
                        HybridConfigurationRules.apply(CURRENT, change(null, null, List.of("EX9"), null), ORGANIZATION))
                .hasMessageStartingWith("ReceivingTransportServers: no server 'EX9'");
    }

    @Test
    void aCertificateNameMustBeIssuerAndSubject() {
        assertThatThrownBy(() -> HybridConfigurationRules.apply(
                        CURRENT, change(null, null, null, "CN=mail.contoso.com"), ORGANIZATION))
                .isInstanceOfSatisfying(HybridConfigurationRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.HYBRID_CERTIFICATE_NAME_MALFORMED);
                    assertThat(e.getMessage()).startsWith("TlsCertificateName: must be <I>issuer<S>subject");
                });
    }
}
