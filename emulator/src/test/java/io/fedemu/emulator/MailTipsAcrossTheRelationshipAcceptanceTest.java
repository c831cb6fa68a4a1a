package io.fedemu.emulator;

import static io.fedemu.emulator.MailTipsSoap.child;
import static io.fedemu.emulator.MailTipsSoap.names;
import static io.fedemu.emulator.MailTipsSoap.reason;
import static io.fedemu.emulator.MailTipsSoap.recipients;
import static io.fedemu.emulator.MailTipsSoap.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.client.availability.FreeBusyRequest;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.ews.messages.GetMailTipsType;
import io.fedemu.protocol.ews.types.ArrayOfRecipientsType;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.MailTipsAccessLevel;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.tenant.crosspremises.FederatedAvailability;
import io.fedemu.tenant.mailtips.MailTipsResponses;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/**
 * GetMailTips from contoso's cloud for fabrikam's recipients, through the federation with a MailTips token, at each
 * MailTipsAccessLevel fabrikam's relationship can have (PROTOCOL.md section 15): raw SOAP, each answer checked
 * against the schema and its MailTips read child by child, so the order and what is left out are both pinned.
 */
class MailTipsAcrossTheRelationshipAcceptanceTest {
    private static final String DANA = "dana@contoso.mail.onmicrosoft.com";
    private static final String FABRIKAM_RELATIONSHIP = "Contoso cloud";

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("teaching-mailtips-limited");

    @Test
    void atLimitedOnlyTheTipsThatPreventANonDeliveryReportCross() throws Exception {
        fabrikamGives(MailTipsAccessLevel.LIMITED, "");

        List<Element> answers =
                recipients(askAsDana("All", "erin@fabrikam.com", "frank@fabrikam.com", "nobody@fabrikam.com"));

        Element erin = child(answers.get(0), "MailTips");
        assertThat(answers.get(0).getAttribute("ResponseClass")).isEqualTo("Success");
        assertThat(text(answers.get(0), "ResponseCode")).isEqualTo("NoError");
        assertThat(names(erin))
                .containsExactly(
                        "RecipientAddress",
                        "PendingMailTips",
                        "OutOfOffice",
                        "ExternalMemberCount",
                        "MaxMessageSize",
                        "DeliveryRestricted",
                        "InvalidRecipient");
        assertThat(text(child(erin, "RecipientAddress"), "EmailAddress")).isEqualTo("erin@fabrikam.com");
        // The external reply, never the internal one.
        assertThat(child(erin, "OutOfOffice").getTextContent())
                .isEqualTo("I am out of the office this week and will answer when I am back.");
        assertThat(text(erin, "ExternalMemberCount")).isEqualTo("1");
        assertThat(text(erin, "MaxMessageSize")).isEqualTo("10485760");
        assertThat(names(child(answers.get(1), "MailTips"))).doesNotContain("MailboxFull");
        assertThat(text(child(answers.get(2), "MailTips"), "InvalidRecipient")).isEqualTo("true");
    }

    @Test
    void atAllEveryTipCrossesInTheSchemasOrder() throws Exception {
        fabrikamGives(MailTipsAccessLevel.ALL, "");

        List<Element> answers = recipients(askAsDana("All", "erin@fabrikam.com", "frank@fabrikam.com"));

        Element erin = child(answers.get(0), "MailTips");
        assertThat(names(erin))
                .containsExactly(
                        "RecipientAddress",
                        "PendingMailTips",
                        "OutOfOffice",
                        "MailboxFull",
                        "CustomMailTip",
                        "TotalMemberCount",
                        "ExternalMemberCount",
                        "MaxMessageSize",
                        "DeliveryRestricted",
                        "IsModerated",
                        "InvalidRecipient");
        assertThat(text(erin, "CustomMailTip"))
                .isEqualTo("Erin answers vendor questions only; orders go to the order desk.");
        // fabrikam is outside contoso: the external reply at All too (no remote domain marked internal).
        assertThat(child(erin, "OutOfOffice").getTextContent()).startsWith("I am out of the office");
        assertThat(text(child(answers.get(1), "MailTips"), "MailboxFull")).isEqualTo("true");
    }

    @Test
    void atNoneOrWithMailTipsAccessOffEveryRecipientIsErrorMailTipsDisabled() throws Exception {
        fabrikamGives(MailTipsAccessLevel.NONE, "");
        Element none = recipients(askAsDana("All", "erin@fabrikam.com")).get(0);

        federation
                .tenantAdmin("fabrikam")
                .setOrganizationRelationship(
                        FABRIKAM_RELATIONSHIP,
                        RelationshipChanges.builder()
                                .mailTipsAccessLevel(MailTipsAccessLevel.ALL)
                                .mailTipsAccessEnabled(false)
                                .build());
        Element disabled = recipients(askAsDana("All", "erin@fabrikam.com")).get(0);

        federation
                .tenantAdmin("fabrikam")
                .setOrganizationRelationship(
                        FABRIKAM_RELATIONSHIP,
                        RelationshipChanges.builder()
                                .mailTipsAccessEnabled(true)
                                .enabled(false)
                                .build());
        Element noRelationship =
                recipients(askAsDana("All", "erin@fabrikam.com")).get(0);

        for (Element refused : List.of(none, disabled, noRelationship)) {
            assertThat(refused.getAttribute("ResponseClass")).isEqualTo("Error");
            assertThat(text(refused, "ResponseCode")).isEqualTo("ErrorMailTipsDisabled");
            assertThat(names(refused)).doesNotContain("MailTips");
        }
        assertThat(List.of(reason(none), reason(disabled), reason(noRelationship)))
                .containsExactly(
                        Reason.MAIL_TIPS_LEVEL_NONE.name(),
                        Reason.MAIL_TIPS_ACCESS_DISABLED.name(),
                        Reason.MAIL_TIPS_NO_RELATIONSHIP.name());
    }

    @Test
    void theScopeKeepsARecipientsOwnTipsForItsMembers() throws Exception {
        fabrikamGives(MailTipsAccessLevel.ALL, "MailTips for Contoso");

        List<Element> answers = recipients(askAsDana("All", "erin@fabrikam.com", "frank@fabrikam.com"));

        Element erin = child(answers.get(0), "MailTips");
        assertThat(names(erin)).doesNotContain("OutOfOffice", "MailboxFull", "CustomMailTip");
        assertThat(names(erin)).contains("TotalMemberCount", "MaxMessageSize", "IsModerated");
        assertThat(text(child(answers.get(1), "MailTips"), "MailboxFull")).isEqualTo("true");
    }

    @Test
    void theChainUsesATokenForTheMailTipsOfferAndTheJournalNamesTheLevel() throws Exception {
        fabrikamGives(MailTipsAccessLevel.LIMITED, "");
        String requestId = "mailtips-" + java.util.UUID.randomUUID();

        HttpResponse<String> answer = java.net.http.HttpClient.newBuilder()
                .sslContext(federation.tls())
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        federation.tenant("contoso-cloud").ewsUrl())
                                .header("Authorization", RawEws.basic(DANA, "Passw0rd!dana"))
                                .header("X-Fedemu-Request-Id", requestId)
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        MailTipsSoap.getMailTips(DANA, "OutOfOfficeMessage", "erin@fabrikam.com")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(names(child(recipients(MailTipsSoap.validBody(answer)).get(0), "MailTips")))
                .containsExactly("RecipientAddress", "PendingMailTips", "OutOfOffice");
        List<JournalEntry> trace = federation.journal().request(requestId);
        assertThat(trace)
                .extracting(JournalEntry::step)
                .containsSubsequence(
                        JournalEntry.Step.ROUTING,
                        JournalEntry.Step.RELATIONSHIP_MATCH,
                        JournalEntry.Step.TOKEN_REQUEST,
                        JournalEntry.Step.DISCOVERY,
                        JournalEntry.Step.TOKEN_VALIDATION,
                        JournalEntry.Step.ACCESS_DECISION,
                        JournalEntry.Step.PARTNER_CALL);
        assertThat(trace)
                .anySatisfy(entry -> {
                    assertThat(entry.step()).isEqualTo(JournalEntry.Step.TOKEN_VALIDATION);
                    assertThat(entry.detail()).contains("MSExchange.MailTips");
                })
                .anySatisfy(entry -> {
                    assertThat(entry.step()).isEqualTo(JournalEntry.Step.ACCESS_DECISION);
                    assertThat(entry.detail()).contains("MailTipsAccessLevel Limited", "Contoso cloud");
                });
    }

    @Test
    void aUserOfTheOrganizationSeesTheInternalReplyAndAnInvalidInternalRecipient() throws Exception {
        List<Element> answers = recipients(askAsDana("All", DANA, "nobody@contoso.mail.onmicrosoft.com", "x"));

        Element own = child(answers.get(0), "MailTips");
        assertThat(child(own, "OutOfOffice").getTextContent()).isEqualTo("On leave; Bob has the Fabrikam file.");
        assertThat(text(own, "CustomMailTip")).isEqualTo("Dana is the contact for the Fabrikam contract.");
        assertThat(text(own, "TotalMemberCount")).isEqualTo("1");
        assertThat(text(own, "ExternalMemberCount")).isEqualTo("0");
        assertThat(names(child(answers.get(1), "MailTips")))
                .containsExactly("RecipientAddress", "PendingMailTips", "InvalidRecipient");
        assertThat(text(answers.get(2), "ResponseCode")).isEqualTo("ErrorInvalidSmtpAddress");
        assertThat(reason(answers.get(2))).isEqualTo(Reason.INVALID_SMTP_ADDRESS.name());
    }

    @Test
    void aRequestWithoutRecipientsIsErrorMissingArgument() throws Exception {
        HttpResponse<String> answer = MailTipsSoap.post(
                federation.tls(),
                federation.tenant("contoso-cloud").ewsUrl(),
                DANA,
                "Passw0rd!dana",
                MailTipsSoap.getMailTips(DANA, "All"));

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.body()).contains("ErrorMissingArgument", "names no Recipients");
    }

    @Test
    void eachOperationTakesOnlyTheTokenOfItsOwnOffer() throws Exception {
        fabrikamGives(MailTipsAccessLevel.ALL, "");
        var tokens =
                federation.tenant("contoso-cloud").federation().orElseThrow().tokens();
        String freeBusyToken = tokens.token(
                        DANA,
                        FederatedAvailability.immutableId(DANA),
                        "FYDIBOHF25SPDLT.fabrikam.com",
                        Offer.SHARING_CALENDAR_FREE_BUSY)
                .value();
        String mailTipsToken = tokens.token(
                        DANA, FederatedAvailability.immutableId(DANA), "FYDIBOHF25SPDLT.fabrikam.com", Offer.MAIL_TIPS)
                .value();
        var wsSecurity = java.net.URI.create(federation.tenant("fabrikam").ewsUrl() + "/WSSecurity");
        var client = new AvailabilityClient(
                org.apache.cxf.BusFactory.getDefaultBus(),
                wsSecurity,
                federation.tls(),
                java.time.Duration.ofSeconds(20));
        var request = new GetMailTipsType();
        request.setSendingAs(MailTipsResponses.address(DANA, null));
        request.setRecipients(new ArrayOfRecipientsType());
        request.getRecipients().getMailbox().add(MailTipsResponses.address("erin@fabrikam.com", null));
        request.getMailTipsRequested().add("MaxMessageSize");

        var answered = client.getMailTips(request, new EwsCredentials.DelegationToken(mailTipsToken), null);
        assertThatThrownBy(() -> client.getMailTips(request, new EwsCredentials.DelegationToken(freeBusyToken), null))
                .isInstanceOfSatisfying(EwsFaultException.class, fault -> {
                    assertThat(fault.code()).isEqualTo("ErrorInvalidClientSecurityContext");
                    assertThat(fault.reason()).isEqualTo(Reason.TOKEN_OFFER_MISMATCH.name());
                });
        assertThatThrownBy(() -> client.getUserAvailability(
                        FreeBusyRequest.day(java.time.LocalDate.parse("2026-11-30"), "erin@fabrikam.com")
                                .wire(),
                        null,
                        new EwsCredentials.DelegationToken(mailTipsToken),
                        null))
                .isInstanceOfSatisfying(
                        EwsFaultException.class,
                        fault -> assertThat(fault.reason()).isEqualTo(Reason.TOKEN_OFFER_MISMATCH.name()));
        assertThat(answered.response()
                        .getResponseMessages()
                        .getMailTipsResponseMessageType()
                        .get(0)
                        .getMailTips()
                        .getMaxMessageSize())
                .isEqualTo(10485760);
    }

    private static Element askAsDana(String tips, String... recipients) throws Exception {
        HttpResponse<String> answer = MailTipsSoap.post(
                federation.tls(),
                federation.tenant("contoso-cloud").ewsUrl(),
                DANA,
                "Passw0rd!dana",
                MailTipsSoap.getMailTips(DANA, tips, recipients));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("text/xml"));
        return MailTipsSoap.validBody(answer);
    }

    /** fabrikam's relationship with contoso cloud, enabled, MailTips on at {@code level} within {@code scope}. */
    private static void fabrikamGives(MailTipsAccessLevel level, String scope) {
        federation
                .tenantAdmin("fabrikam")
                .setOrganizationRelationship(
                        FABRIKAM_RELATIONSHIP,
                        RelationshipChanges.builder()
                                .enabled(true)
                                .mailTipsAccessEnabled(true)
                                .mailTipsAccessLevel(level)
                                .mailTipsAccessScope(scope)
                                .build());
    }
}
