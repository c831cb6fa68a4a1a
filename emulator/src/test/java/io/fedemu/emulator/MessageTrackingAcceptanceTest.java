package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.MessageTrackingEvent;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.transport.HybridMailTransport;
import io.fedemu.tenant.transport.tracking.MessageTrackingReportIds;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/**
 * Message tracking in the seed's hybrid (issue 15, PROTOCOL.md section 19): mail sent with Angus Mail over the
 * submission port lands in each organization's message tracking log, and delivery reports over raw EWS find it,
 * follow it into the cloud when both relationships have DeliveryReportEnabled, and refuse with Exchange's codes when
 * one does not. Every answer is validated against the project's copy of Microsoft's schema (RawEws).
 */
class MessageTrackingAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    private static final String ALICE = "alice@contoso.com";
    private static final String ALICE_PASSWORD = "Passw0rd!alice";

    @Test
    void aMessageToAColleagueIsLoggedAndItsSenderTracksItToDelivery() throws Exception {
        String messageId = submit("Lunch", "carol@contoso.com");

        List<MessageTrackingEvent> log = onPremises().messageTracking().find(e -> messageId.equals(e.messageId()));
        assertThat(log).extracting(MessageTrackingEvent::eventId).containsExactly("RECEIVE", "DELIVER");
        MessageTrackingEvent received = log.get(0);
        assertThat(received.source()).isEqualTo("SMTP");
        assertThat(received.connectorId()).isEqualTo("Client Frontend EX2013-01");
        assertThat(received.clientIp()).isEqualTo("127.0.0.1");
        assertThat(received.sender()).isEqualTo(ALICE);
        assertThat(received.messageSubject()).isEqualTo("Lunch");
        assertThat(log.get(1).source()).isEqualTo("STOREDRIVER");
        assertThat(log.get(1).recipients()).containsExactly("carol@contoso.com");
        assertThat(onPremises().journal().request(messageId))
                .extracting(JournalEntry::step)
                .containsOnly(JournalEntry.Step.MESSAGE_TRACKING);

        String id = find(alice(), ALICE, "carol@contoso.com", messageId);
        Element report = get(alice(), id, "RecipientPath").body();
        assertThat(RawEws.text(report, "ResponseCode")).isEqualTo("NoError");
        assertThat(events(report)).containsExactly("Submitted", "Delivered");
        assertThat(RawEws.text(report, "Subject")).isEqualTo("Lunch");
    }

    @Test
    void theSenderOnPremisesFollowsAMessageDeliveredInTheCloud() throws Exception {
        String messageId = submit("Figures", "bob@contoso.com");

        assertThat(cloud().messageTracking().find(e -> messageId.equals(e.messageId())))
                .extracting(MessageTrackingEvent::eventId, MessageTrackingEvent::connectorId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("RECEIVE", "Exchange Online Protection"),
                        org.assertj.core.groups.Tuple.tuple("DELIVER", null));
        String id = find(alice(), ALICE, "bob@contoso.com", messageId);

        RawEws.Answer path = get(alice(), id, "RecipientPath");
        Element report = path.body();
        assertThat(RawEws.text(report, "ResponseCode")).isEqualTo("NoError");
        assertThat(events(report)).containsExactly("Submitted", "TransferredToPartnerOrg", "SmtpReceive", "Delivered");
        List<Element> delivered = path.all(RawEws.T, "RecipientTrackingEvent");
        assertThat(RawEws.text(delivered.get(3), "Server")).isEqualTo("contoso-com.mail.protection.outlook.com");

        Element summary = get(alice(), id, "Summary").body();
        assertThat(RawEws.text(summary, "DeliveryStatus")).isEqualTo("Delivered");
        // The partner was asked with a token of the delivery reports' own offer, checked at its /WSSecurity.
        assertThat(onPremises()
                        .journal()
                        .find(e -> e.step() == JournalEntry.Step.TOKEN_REQUEST
                                && e.detail() != null
                                && e.detail().contains("MSExchange.DeliveryReport")))
                .isNotEmpty();
    }

    @Test
    void aCloudSenderFollowsAMessageDeliveredOnPremises() throws Exception {
        String messageId = submit(true, "bob@contoso.mail.onmicrosoft.com", "Passw0rd!bob", "Back", ALICE);
        RawEws bob = new RawEws(federation.tls(), cloud().ewsUrl(), "bob@contoso.mail.onmicrosoft.com", "Passw0rd!bob");
        RawEws.Answer found = bob.send(
                "Exchange2013",
                findRequest(
                        "contoso.mail.onmicrosoft.com",
                        "bob@contoso.mail.onmicrosoft.com",
                        ALICE,
                        messageId,
                        "Organization"));
        String id = RawEws.text(found.body(), "MessageTrackingReportId");

        Element report = bob.send("Exchange2013", getRequest(id, "Summary")).body();

        assertThat(RawEws.text(report, "ResponseCode")).isEqualTo("NoError");
        assertThat(RawEws.text(report, "DeliveryStatus")).isEqualTo("Delivered");
        assertThat(RawEws.text(report, "Server")).isEqualTo("mail.contoso.com");
    }

    @Test
    void trackingStopsWhenTheSendersRelationshipHasDeliveryReportsOff() throws Exception {
        String messageId = submit("Off here", "bob@contoso.com");
        String id = find(alice(), ALICE, "bob@contoso.com", messageId);
        String relationship = "O365 to On-premises - contoso cloud";
        onPremises()
                .relationships()
                .set(
                        relationship,
                        RelationshipChanges.builder()
                                .deliveryReportEnabled(false)
                                .build());
        try {
            Element refused = get(alice(), id, "RecipientPath").body();
            assertThat(refused.getAttribute("ResponseClass")).isEqualTo("Error");
            assertThat(RawEws.text(refused, "ResponseCode")).isEqualTo("ErrorMessageTrackingPermanentError");
            assertThat(RawEws.reason(refused)).isEqualTo(Reason.DELIVERY_REPORT_NOT_ENABLED.name());
            // What this organization knows stays in the answer: the message left for the partner.
            assertThat(events(refused)).containsExactly("Submitted", "TransferredToPartnerOrg");
        } finally {
            onPremises()
                    .relationships()
                    .set(
                            relationship,
                            RelationshipChanges.builder()
                                    .deliveryReportEnabled(true)
                                    .build());
        }
    }

    @Test
    void trackingStopsWhenThePartnersRelationshipHasDeliveryReportsOff() throws Exception {
        String messageId = submit("Off there", "bob@contoso.com");
        String id = find(alice(), ALICE, "bob@contoso.com", messageId);
        String relationship = "On-premises to O365 - contoso on-premises";
        cloud().relationships()
                .set(
                        relationship,
                        RelationshipChanges.builder()
                                .deliveryReportEnabled(false)
                                .build());
        try {
            Element refused = get(alice(), id, "RecipientPath").body();
            assertThat(RawEws.text(refused, "ResponseCode")).isEqualTo("ErrorMessageTrackingPermanentError");
            assertThat(RawEws.reason(refused)).isEqualTo(Reason.DELIVERY_REPORT_DISABLED_BY_PARTNER.name());
            assertThat(cloud().journal().find(e -> e.reason() == Reason.DELIVERY_REPORT_DISABLED_BY_PARTNER))
                    .isNotEmpty();
        } finally {
            cloud().relationships()
                    .set(
                            relationship,
                            RelationshipChanges.builder()
                                    .deliveryReportEnabled(true)
                                    .build());
        }
    }

    @Test
    void aUserTracksOnlyTheirOwnMessages() throws Exception {
        String messageId = submit("Private", "dave@contoso.com");
        RawEws carol = new RawEws(federation.tls(), onPremises().ewsUrl(), "carol@contoso.com", "Passw0rd!carol");

        Element refused = carol.send("Exchange2013", findRequest("contoso.com", ALICE, null, messageId, "Organization"))
                .body();

        assertThat(RawEws.text(refused, "ResponseCode")).isEqualTo("ErrorAccessDenied");
        assertThat(RawEws.reason(refused)).isEqualTo(Reason.DELIVERY_REPORT_ACCESS_DENIED.name());
        // The recipient may track what they received.
        RawEws dave = new RawEws(federation.tls(), onPremises().ewsUrl(), "dave@contoso.com", "Passw0rd!dave");
        assertThat(find(dave, null, "dave@contoso.com", messageId)).isNotBlank();
    }

    @Test
    void theReportStopsAtAnExchange2007Server() throws Exception {
        String messageId = submit("Legacy", "dave@contoso.com");
        String id = find(alice(), ALICE, "dave@contoso.com", messageId);

        RawEws.Answer path = get(alice(), id, "RecipientPath");
        assertThat(events(path.body())).containsExactly("Submitted", "TransferredToLegacyExchangeServer");
        Element last = path.all(RawEws.T, "RecipientTrackingEvent").get(1);
        assertThat(RawEws.text(last, "DeliveryStatus")).isEqualTo("Transferred");
        assertThat(RawEws.text(last, "EventData")).contains("EX2007-01");
    }

    @Test
    void aReportIdThatWasAlteredOrIsAnotherOrganizationsIsRefused() throws Exception {
        String messageId = submit("Ids", "bob@contoso.com");
        String id = find(alice(), ALICE, "bob@contoso.com", messageId);
        String altered = id.substring(0, id.length() - 2) + (id.endsWith("A") ? "B" : "A") + id.charAt(id.length() - 1);
        MessageTrackingReportIds cloudIds = MessageTrackingReportIds.of(
                "contoso-cloud", federation.topology().stateDirectory().resolve("tenants/contoso-cloud"));

        for (String refusedId : List.of(altered, cloudIds.issue(1, messageId, "x"), "x".repeat(5_000), "v1..")) {
            Element refused = get(alice(), refusedId, "Summary").body();
            assertThat(RawEws.text(refused, "ResponseCode")).isEqualTo("ErrorInvalidArgument");
            assertThat(RawEws.reason(refused)).isEqualTo(Reason.DELIVERY_REPORT_ID_INVALID.name());
        }
        // An id this organization issued for a message its log no longer has.
        MessageTrackingReportIds ownIds = MessageTrackingReportIds.of(
                "contoso-onprem", federation.topology().stateDirectory().resolve("tenants/contoso-onprem"));
        Element gone = get(alice(), ownIds.issue(987_654, "<gone@contoso.com>", "x"), "Summary")
                .body();
        assertThat(RawEws.text(gone, "ResponseCode")).isEqualTo("ErrorMessageTrackingPermanentError");
        assertThat(RawEws.reason(gone)).isEqualTo(Reason.DELIVERY_REPORT_MESSAGE_NOT_FOUND.name());
    }

    @Test
    void aSearchWithAnUnknownScopeOrDomainIsRefusedByName() throws Exception {
        Element scope = alice().send("Exchange2013", findRequest("contoso.com", ALICE, null, null, "Galaxy"))
                .body();
        assertThat(RawEws.text(scope, "ResponseCode")).isEqualTo("ErrorInvalidArgument");
        assertThat(RawEws.reason(scope)).isEqualTo(Reason.DELIVERY_REPORT_REQUEST_INVALID.name());

        Element domain = alice().send("Exchange2013", findRequest("fabrikam.com", ALICE, null, null, "Organization"))
                .body();
        assertThat(RawEws.text(domain, "ResponseCode")).isEqualTo("ErrorMessageTrackingNoSuchDomain");
        assertThat(RawEws.reason(domain)).isEqualTo(Reason.DELIVERY_REPORT_DOMAIN_UNKNOWN.name());
    }

    // --- helpers ---

    private static Tenant onPremises() {
        return federation.tenant("contoso-onprem");
    }

    private static Tenant cloud() {
        return federation.tenant("contoso-cloud");
    }

    private static RawEws alice() {
        return new RawEws(federation.tls(), onPremises().ewsUrl(), ALICE, ALICE_PASSWORD);
    }

    /** Submits a message as alice over the on-premises submission port (STARTTLS, AUTH); its Message-ID. */
    private static String submit(String subject, String to) throws Exception {
        return submit(false, ALICE, ALICE_PASSWORD, subject, to);
    }

    private static String submit(boolean cloudSide, String from, String password, String subject, String to)
            throws Exception {
        HybridMailTransport transport = federation.topology().mail().get(0);
        Properties p = new Properties();
        p.put("mail.smtp.host", "127.0.0.1");
        p.put("mail.smtp.port", String.valueOf(transport.submissionPort(cloudSide)));
        p.put("mail.smtp.localhost", "client.contoso.com");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.socketFactory", federation.tls().getSocketFactory());
        p.put("mail.smtp.ssl.checkserveridentity", "false");
        p.put("mail.smtp.auth", "true");
        Session session = Session.getInstance(p);
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        message.setText("tracked " + UUID.randomUUID());
        message.saveChanges();
        try (Transport t = session.getTransport("smtp")) {
            t.connect(from, password);
            t.sendMessage(message, message.getAllRecipients());
        }
        return message.getMessageID();
    }

    /** FindMessageTrackingReport for one message; its report id. */
    private static String find(RawEws as, String sender, String recipient, String messageId) throws Exception {
        RawEws.Answer answer =
                as.send("Exchange2013", findRequest("contoso.com", sender, recipient, messageId, "Organization"));
        Element response = answer.body();
        assertThat(RawEws.text(response, "ResponseCode")).isEqualTo("NoError");
        assertThat(RawEws.text(response, "ExecutedSearchScope")).isEqualTo("Organization");
        List<Element> results = answer.all(RawEws.T, "MessageTrackingSearchResult");
        assertThat(results).hasSize(1);
        return RawEws.text(results.get(0), "MessageTrackingReportId");
    }

    private static String findRequest(String domain, String sender, String recipient, String messageId, String scope) {
        return "<m:FindMessageTrackingReport>"
                + "<m:Scope>" + scope + "</m:Scope>"
                + "<m:Domain>" + domain + "</m:Domain>"
                + (sender == null ? "" : "<m:Sender><t:EmailAddress>" + sender + "</t:EmailAddress></m:Sender>")
                + (recipient == null
                        ? ""
                        : "<m:Recipient><t:EmailAddress>" + recipient + "</t:EmailAddress></m:Recipient>")
                + (messageId == null ? "" : "<m:MessageId>" + escape(messageId) + "</m:MessageId>")
                + "</m:FindMessageTrackingReport>";
    }

    private static RawEws.Answer get(RawEws as, String id, String template) throws Exception {
        return as.send("Exchange2013", getRequest(id, template));
    }

    private static String getRequest(String id, String template) {
        return "<m:GetMessageTrackingReport><m:Scope>Organization</m:Scope><m:ReportTemplate>" + template
                + "</m:ReportTemplate><m:MessageTrackingReportId>" + escape(id)
                + "</m:MessageTrackingReportId></m:GetMessageTrackingReport>";
    }

    private static List<String> events(Element report) {
        var nodes = report.getElementsByTagNameNS(RawEws.T, "EventDescription");
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
