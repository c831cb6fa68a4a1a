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

/** The 2007 server at SP3 Update Rollup 9 (8.3.297.2), one short of what a hybrid needs. */
class Legacy2007BelowRu10AcceptanceTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario(
            ServerRolesAcceptanceTest.seedTopology("15.0.620.29", "15.0.620.29", "8.3.297.2"));

    @Test
    void cloudUsersCannotSeeThe2007MailboxButSeeTheOthers() throws Exception {
        List<AttendeeAvailability> answers = new EwsUser(
                        federation.trustBundle(),
                        federation.tenant("contoso-cloud").ewsUrl(),
                        "bob@contoso.mail.onmicrosoft.com",
                        "Passw0rd!bob")
                .monday(FreeBusyViewType.FreeBusy, "dave@contoso.com", "alice@contoso.com");

        assertThat(answers)
                .extracting(AttendeeAvailability::getErrorCode)
                .containsExactly(ServiceError.ErrorProxyRequestProcessingFailed, ServiceError.NoError);
        assertThat(answers.get(0).getErrorDetails())
                .containsEntry("fedemu.reason", Reason.EXCHANGE_2007_BELOW_RU10.name());
        assertThat(answers.get(0).getErrorMessage())
                .contains("EX2007-01 runs Exchange Server 2007 SP3 Update Rollup 9 (8.3.297.2)")
                .contains("Exchange Server 2007 SP3 Update Rollup 10 (8.3.298.3) or later");
    }
}
