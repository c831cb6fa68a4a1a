package io.fedemu.emulator;

import static io.fedemu.emulator.MailTipsSoap.child;
import static io.fedemu.emulator.MailTipsSoap.names;
import static io.fedemu.emulator.MailTipsSoap.reason;
import static io.fedemu.emulator.MailTipsSoap.recipients;
import static io.fedemu.emulator.MailTipsSoap.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.client.http.ProblemException;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.AutomaticReplies;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.OofExternalAudience;
import microsoft.exchange.webservices.data.core.enumeration.property.OofState;
import microsoft.exchange.webservices.data.core.exception.service.remote.ServiceResponseException;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.availability.OofReply;
import microsoft.exchange.webservices.data.misc.availability.TimeWindow;
import microsoft.exchange.webservices.data.property.complex.availability.OofSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/**
 * A user's own automatic replies over EWS (Get- and SetUserOofSettings, read and written by the EWS Java API), the
 * admin API that sets them, and the Automatic Replies MailTip that shows them (PROTOCOL.md section 15).
 */
class AutomaticRepliesAcceptanceTest {
    private static final String ERIN = "erin@fabrikam.com";
    private static final String FRANK = "frank@fabrikam.com";

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("teaching-mailtips-limited");

    @Test
    void aUserReadsTheScenariosRepliesAndSchedulesNewOnesWithTheEwsJavaApi() throws Exception {
        try (ExchangeService erin = service(ERIN, "Passw0rd!erin")) {
            OofSettings read = erin.getUserOofSettings(ERIN);

            assertThat(read.getState()).isEqualTo(OofState.Enabled);
            assertThat(read.getExternalAudience()).isEqualTo(OofExternalAudience.All);
            assertThat(read.getAllowExternalOof()).isEqualTo(OofExternalAudience.All);
            assertThat(read.getInternalReply().getMessage())
                    .isEqualTo("At the Denver plant all week; Frank covers for me.");

            OofSettings scheduled = new OofSettings();
            scheduled.setState(OofState.Scheduled);
            scheduled.setExternalAudience(OofExternalAudience.None);
            scheduled.setDuration(new TimeWindow(
                    Date.from(Instant.parse("2026-12-21T00:00:00Z")),
                    Date.from(Instant.parse("2027-01-04T00:00:00Z"))));
            scheduled.setInternalReply(new OofReply("Holidays; back on 4 January."));
            scheduled.setExternalReply(new OofReply("Closed for the holidays."));
            erin.setUserOofSettings(ERIN, scheduled);

            OofSettings again = erin.getUserOofSettings(ERIN);
            assertThat(again.getState()).isEqualTo(OofState.Scheduled);
            assertThat(again.getExternalAudience()).isEqualTo(OofExternalAudience.None);
            assertThat(again.getDuration().getStartTime()).isEqualTo(Date.from(Instant.parse("2026-12-21T00:00:00Z")));
            assertThat(again.getInternalReply().getMessage()).isEqualTo("Holidays; back on 4 January.");
        }
        assertThat(federation.tenantAdmin("fabrikam").automaticReplies(ERIN))
                .isEqualTo(new AutomaticReplies(
                        "Scheduled",
                        "None",
                        "2026-12-21T00:00:00Z",
                        "2027-01-04T00:00:00Z",
                        "Holidays; back on 4 January.",
                        "Closed for the holidays."));
    }

    @Test
    void anotherUsersMailboxIsErrorAccessDeniedAndNothingChanges() throws Exception {
        AutomaticReplies before = federation.tenantAdmin("fabrikam").automaticReplies("frank@fabrikam.com");

        try (ExchangeService erin = service(ERIN, "Passw0rd!erin")) {
            assertThatThrownBy(() -> erin.getUserOofSettings("frank@fabrikam.com"))
                    .isInstanceOfSatisfying(
                            ServiceResponseException.class,
                            refused -> assertThat(refused.getErrorCode()).isEqualTo(ServiceError.ErrorAccessDenied));
            OofSettings on = new OofSettings();
            on.setState(OofState.Enabled);
            on.setExternalAudience(OofExternalAudience.All);
            on.setInternalReply(new OofReply("not mine to set"));
            assertThatThrownBy(() -> erin.setUserOofSettings("frank@fabrikam.com", on))
                    .isInstanceOfSatisfying(
                            ServiceResponseException.class,
                            refused -> assertThat(refused.getErrorCode()).isEqualTo(ServiceError.ErrorAccessDenied));
        }
        assertThat(federation.tenantAdmin("fabrikam").automaticReplies("frank@fabrikam.com"))
                .isEqualTo(before);
    }

    @Test
    void theCodesExchangeGivesArePinnedOnTheWire() throws Exception {
        Element unknown = oof("<m:GetUserOofSettingsRequest><t:Mailbox><t:Address>ghost@fabrikam.com</t:Address>"
                + "</t:Mailbox></m:GetUserOofSettingsRequest>");
        Element noWindow = oof("<m:SetUserOofSettingsRequest><t:Mailbox><t:Address>" + FRANK
                + "</t:Address></t:Mailbox><t:UserOofSettings><t:OofState>Scheduled</t:OofState>"
                + "<t:ExternalAudience>All</t:ExternalAudience><t:Duration><t:StartTime>2026-12-10T00:00:00Z"
                + "</t:StartTime><t:EndTime>2026-12-01T00:00:00Z</t:EndTime></t:Duration></t:UserOofSettings>"
                + "</m:SetUserOofSettingsRequest>");
        Element notHis = oof("<m:GetUserOofSettingsRequest><t:Mailbox><t:Address>" + ERIN
                + "</t:Address></t:Mailbox></m:GetUserOofSettingsRequest>");
        Element read = oof("<m:GetUserOofSettingsRequest><t:Mailbox><t:Address>" + FRANK.toUpperCase()
                + "</t:Address></t:Mailbox></m:GetUserOofSettingsRequest>");

        Element unknownMessage = child(unknown, "ResponseMessage");
        assertThat(unknownMessage.getAttribute("ResponseClass")).isEqualTo("Error");
        assertThat(names(unknownMessage))
                .containsExactly("MessageText", "ResponseCode", "DescriptiveLinkKey", "MessageXml");
        assertThat(text(unknownMessage, "ResponseCode")).isEqualTo("ErrorNonExistentMailbox");
        assertThat(reason(unknownMessage)).isEqualTo(Reason.OOF_MAILBOX_NOT_FOUND.name());
        assertThat(names(unknown)).containsExactly("ResponseMessage");
        assertThat(text(child(notHis, "ResponseMessage"), "ResponseCode")).isEqualTo("ErrorAccessDenied");
        assertThat(reason(child(notHis, "ResponseMessage"))).isEqualTo(Reason.OOF_ACCESS_DENIED.name());
        Element noWindowMessage = child(noWindow, "ResponseMessage");
        assertThat(text(noWindowMessage, "ResponseCode")).isEqualTo("ErrorInvalidScheduledOofDuration");
        assertThat(reason(noWindowMessage)).isEqualTo(Reason.OOF_DURATION_INVALID.name());
        // The refused schedule changed nothing: frank's replies are still Exchange's default, in Microsoft's order.
        assertThat(names(read)).containsExactly("ResponseMessage", "OofSettings", "AllowExternalOof");
        assertThat(names(child(read, "OofSettings")))
                .containsExactly("OofState", "ExternalAudience", "InternalReply", "ExternalReply");
        assertThat(text(child(read, "OofSettings"), "OofState")).isEqualTo("Disabled");
        assertThat(child(read, "AllowExternalOof").getNamespaceURI()).isEqualTo(MailTipsSoap.M);
        assertThat(child(read, "OofSettings").getNamespaceURI()).isEqualTo(MailTipsSoap.T);
    }

    @Test
    void theAdminApiSetsTheRepliesTheMailTipShowsAndRefusesABadWindow() throws Exception {
        var admin = federation.tenantAdmin("contoso-cloud");
        admin.setAutomaticReplies(
                "dana@contoso.mail.onmicrosoft.com",
                new AutomaticReplies("Disabled", "All", null, null, "gone", "gone"));

        Element tips = child(
                recipients(MailTipsSoap.validBody(MailTipsSoap.post(
                                federation.tls(),
                                federation.tenant("fabrikam").ewsUrl(),
                                ERIN,
                                "Passw0rd!erin",
                                MailTipsSoap.getMailTips(
                                        ERIN, "OutOfOfficeMessage", "dana@contoso.mail.onmicrosoft.com"))))
                        .get(0),
                "MailTips");

        // Off: the tip is there, with an empty message, as Exchange answers.
        assertThat(child(tips, "OutOfOffice").getTextContent()).isEmpty();
        assertThatThrownBy(() -> admin.setAutomaticReplies(
                        "dana@contoso.mail.onmicrosoft.com",
                        new AutomaticReplies("Scheduled", "All", "2026-12-10T00:00:00Z", null, "a", "b")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(400);
                    assertThat(problem.problem().reason()).isEqualTo(Reason.AUTOMATIC_REPLIES_INVALID.name());
                });
        assertThatThrownBy(() -> admin.automaticReplies("ghost@contoso.mail.onmicrosoft.com"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        problem -> assertThat(problem.status()).isEqualTo(404));
        assertThat(admin.automaticReplies("dana@contoso.mail.onmicrosoft.com").autoReplyState())
                .isEqualTo("Disabled");
    }

    /** A Get- or SetUserOofSettings body sent by frank, the answer's body element, schema-checked. */
    private static Element oof(String body) throws Exception {
        HttpResponse<String> answer = MailTipsSoap.post(
                federation.tls(),
                federation.tenant("fabrikam").ewsUrl(),
                FRANK,
                "Passw0rd!frank",
                MailTipsSoap.envelope(body));
        assertThat(answer.statusCode()).isEqualTo(200);
        return MailTipsSoap.validBody(answer);
    }

    private static ExchangeService service(String user, String password) throws Exception {
        ExchangeService service =
                TrustingExchangeService.trusting(federation.trustBundle(), ExchangeVersion.Exchange2010_SP2);
        service.setCredentials(new WebCredentials(user, password));
        service.setUrl(URI.create(federation.tenant("fabrikam").ewsUrl().toString()));
        return service;
    }
}
