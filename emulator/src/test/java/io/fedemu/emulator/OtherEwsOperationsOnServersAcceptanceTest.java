package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.junit.FederationExtension;
import java.nio.file.Path;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With servers (docs/PROTOCOL.md section 16): the namespace's Exchange 2013 Client Access servers answer the
 * operations around free/busy for every mailbox of the organization, the 2007 mailbox's included; an Exchange 2007
 * server's own EWS serves GetUserAvailability only and answers the rest as Exchange answers what it cannot run.
 */
class OtherEwsOperationsOnServersAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/coexistence.yaml"));

    private static ExchangeService signedIn(java.net.URI ews, String user, String password, ExchangeVersion version)
            throws Exception {
        ExchangeService service = TrustingExchangeService.trusting(federation.trustBundle(), version);
        service.setCredentials(new WebCredentials(user, password));
        service.setUrl(ews);
        return service;
    }

    @Test
    void theNamespaceAnswersEveryMailboxOfTheOrganization() throws Exception {
        try (ExchangeService dave = signedIn(
                federation.tenant("contoso-onprem").ewsUrl(),
                "dave@contoso.com",
                "Passw0rd!dave",
                ExchangeVersion.Exchange2010_SP2)) {
            assertThat(dave.resolveName("Alice")
                            .nameResolutionCollection(0)
                            .getMailbox()
                            .getAddress())
                    .isEqualTo("alice@contoso.com");
            assertThat(dave.getServerTimeZones(java.util.List.of("UTC"))).hasSize(1);
        }
    }

    @Test
    void anExchange2007ServersOwnEwsServesFreeBusyOnly() throws Exception {
        java.net.URI legacy = federation
                .tenant("contoso-onprem")
                .farm()
                .orElseThrow()
                .legacyEwsUrl("EX2007-01")
                .orElseThrow();
        try (ExchangeService dave =
                signedIn(legacy, "dave@contoso.com", "Passw0rd!dave", ExchangeVersion.Exchange2007_SP1)) {
            assertThatThrownBy(() -> dave.resolveName("Alice"))
                    .satisfies(thrown -> assertThat(OtherEwsOperationsAcceptanceTest.errorOf(thrown))
                            .isEqualTo(ServiceError.ErrorInvalidRequest))
                    .hasMessageContaining("ResolveNames");
        }
    }
}
