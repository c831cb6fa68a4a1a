package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.reason.Reason;
import java.util.List;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Both 2013 servers at RTM (15.0.516.32): no hybrid at all, in either direction; local free/busy works. */
class HybridServersBelowCu1AcceptanceTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario(
            ServerRolesAcceptanceTest.seedTopology("15.0.516.32", "15.0.516.32", "8.3.298.3"));

    @Test
    void federatedFreeBusyFailsBothWaysNamingCu1AndLocalFreeBusyWorks() throws Exception {
        List<AttendeeAvailability> fromCloud = new EwsUser(
                        federation.trustBundle(),
                        federation.tenant("contoso-cloud").ewsUrl(),
                        "bob@contoso.mail.onmicrosoft.com",
                        "Passw0rd!bob")
                .monday(FreeBusyViewType.FreeBusy, "alice@contoso.com");
        List<AttendeeAvailability> fromOnPremises = new EwsUser(
                        federation.trustBundle(),
                        federation.tenant("contoso-onprem").ewsUrl(),
                        "alice@contoso.com",
                        "Passw0rd!alice")
                .monday(FreeBusyViewType.FreeBusy, "bob@contoso.com", "carol@contoso.com");

        assertThat(fromCloud)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.ErrorProxyRequestProcessingFailed);
        assertThat(fromCloud.get(0).getErrorDetails())
                .containsEntry("fedemu.reason", Reason.HYBRID_SERVER_BELOW_CU1.name());
        assertThat(fromOnPremises)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.ErrorProxyRequestProcessingFailed, ServiceError.NoError);
        assertThat(fromOnPremises.get(0).getErrorMessage())
                .contains("Exchange Server 2013 RTM (15.0.516.32)", "Exchange Server 2013 CU1 (15.0.620.29)");
    }
}
