package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shipped partner scenario behaves as its comments say. */
class PartnerScenarioAcceptanceTest {
    @RegisterExtension
    static FederationExtension partner = FederationExtension.scenario("partner");

    @Test
    void fabrikamSeesWhenContosoCloudIsBusyButNeverWhatAbout() throws Exception {
        AttendeeAvailability bob = new EwsUser(
                        partner.trustBundle(),
                        partner.tenant("fabrikam").ewsUrl(),
                        "erin@fabrikam.com",
                        "Passw0rd!erin")
                .monday(FreeBusyViewType.Detailed, "bob@contoso.mail.onmicrosoft.com")
                .get(0);

        assertThat(bob.getErrorCode()).as(bob.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(bob.getViewType()).isEqualTo(FreeBusyViewType.FreeBusy);
        assertThat(bob.getCalendarEvents())
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.getDetails()).isNull());
    }

    @Test
    void contosoCloudSeesFabrikamTimesOnlyAndOnPremisesHasNoRouteToFabrikam() throws Exception {
        AttendeeAvailability erinFromCloud = new EwsUser(
                        partner.trustBundle(),
                        partner.tenant("contoso-cloud").ewsUrl(),
                        "bob@contoso.mail.onmicrosoft.com",
                        "Passw0rd!bob")
                .monday(FreeBusyViewType.Detailed, "erin@fabrikam.com")
                .get(0);
        AttendeeAvailability erinFromOnPremises = new EwsUser(
                        partner.trustBundle(),
                        partner.tenant("contoso-onprem").ewsUrl(),
                        "alice@contoso.com",
                        "Passw0rd!alice")
                .monday(FreeBusyViewType.Detailed, "erin@fabrikam.com")
                .get(0);

        assertThat(erinFromCloud.getErrorCode())
                .as(erinFromCloud.getErrorMessage())
                .isEqualTo(ServiceError.NoError);
        assertThat(erinFromCloud.getViewType())
                .as("AvailabilityOnly downgrades Detailed")
                .isEqualTo(FreeBusyViewType.FreeBusy);
        assertThat(erinFromOnPremises.getErrorCode()).isEqualTo(ServiceError.ErrorAddressSpaceNotFound);
    }
}
