package io.fedemu.tenant.autodiscover;

import static io.fedemu.tenant.autodiscover.AutodiscoverFixture.ALICE;
import static io.fedemu.tenant.autodiscover.AutodiscoverFixture.EWS_URL;
import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.CertificateStore;
import java.nio.file.Path;
import microsoft.exchange.webservices.data.autodiscover.AutodiscoverService;
import microsoft.exchange.webservices.data.autodiscover.enumeration.AutodiscoverErrorCode;
import microsoft.exchange.webservices.data.autodiscover.enumeration.UserSettingName;
import microsoft.exchange.webservices.data.autodiscover.response.GetUserSettingsResponse;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real third-party client, the EWS Java API, reads a user's EWS settings from the tenant's Autodiscover. */
class EwsJavaApiAutodiscoverAcceptanceTest {
    @TempDir
    static Path state;

    static AutodiscoverFixture fixture;

    @BeforeAll
    static void start() {
        fixture = new AutodiscoverFixture(state);
    }

    @AfterAll
    static void stop() {
        fixture.close();
    }

    @Test
    void theEwsJavaApiReadsExternalEwsUrlAndVersion() throws Exception {
        AutodiscoverService service =
                TrustingAutodiscoverService.trusting(CertificateStore.in(state).trustBundle(), fixture.url());
        // GetUserSettings answers a signed-in user only (PROTOCOL.md section 14); the library answers the 401.
        service.setCredentials(new WebCredentials(ALICE, AutodiscoverFixture.ALICE_PASSWORD));

        GetUserSettingsResponse response = service.getUserSettings(
                ALICE,
                UserSettingName.ExternalEwsUrl,
                UserSettingName.ExternalEwsVersion,
                UserSettingName.CrossOrganizationSharingEnabled);

        assertThat(response.getErrorCode()).isEqualTo(AutodiscoverErrorCode.NoError);
        assertThat(response.getSettings())
                .containsEntry(UserSettingName.ExternalEwsUrl, EWS_URL)
                .containsEntry(UserSettingName.ExternalEwsVersion, "15.00.1497.002")
                .containsEntry(UserSettingName.CrossOrganizationSharingEnabled, "True");
        assertThat(response.getUserSettingErrors()).isEmpty();
    }

    @Test
    void anUnknownUserReachesTheEwsJavaApiAsInvalidUser() throws Exception {
        AutodiscoverService service =
                TrustingAutodiscoverService.trusting(CertificateStore.in(state).trustBundle(), fixture.url());
        // GetUserSettings answers a signed-in user only (PROTOCOL.md section 14); the library answers the 401.
        service.setCredentials(new WebCredentials(ALICE, AutodiscoverFixture.ALICE_PASSWORD));

        GetUserSettingsResponse response =
                service.getUserSettings("nobody@contoso.com", UserSettingName.ExternalEwsUrl);

        assertThat(response.getErrorCode()).isEqualTo(AutodiscoverErrorCode.InvalidUser);
        assertThat(response.getErrorMessage()).contains("nobody@contoso.com");
    }
}
