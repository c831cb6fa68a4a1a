package io.fedemu.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every role on HTTP: a client needs no trust at all. */
class PlainHttpTest {
    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario("hybrid").plainHttp();

    @Test
    void everyRoleServesPlainHttp() {
        assertThat(federation.gateway().url().getScheme()).isEqualTo("http");
        assertThat(federation.endpoints().tenants())
                .allSatisfy(tenant -> assertThat(tenant.ews()).startsWith("http://"));
    }

    @Test
    void theUnmodifiedEwsJavaApiAsksFreeBusyAcrossThePremisesOverHttp() throws Exception {
        URI ews = federation.tenant("contoso-onprem").ewsUrl();

        assertThat(ews.getScheme()).isEqualTo("http");
        assertThat(EwsJavaApi.freeBusy(ews, "alice@contoso.com", "Passw0rd!alice", "bob@contoso.com"))
                .isEqualTo(ServiceError.NoError);
    }
}
