package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.topology.Topology;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.availability.MeetingAttendeeType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.enumeration.property.LegacyFreeBusyStatus;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import microsoft.exchange.webservices.data.misc.availability.AttendeeInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Distribution groups in MailboxDataArray (docs/PROTOCOL.md section 13), through the unmodified EWS Java API: a
 * group is answered with its members' free/busy merged into one MergedOnly view, locally and across the
 * federation in both directions; a group above 100 members is ErrorFreeBusyDLLimitReached; AttendeeType and
 * ExcludeConflicts reach the far side as the client sent them.
 *
 * <p>Monday 2026-11-30 (UTC), 60-minute intervals: alice Busy 09-10, carol Tentative 10-11 and OOF 13-14, dave Busy
 * 09:30-11 (on-premises); bob Busy 15-16 and dana OOF 16-17 (cloud).
 */
class DistributionGroupAcceptanceTest {
    private static final String ONPREM = "contoso-onprem";
    private static final String CLOUD = "contoso-cloud";

    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/groups.yaml"));

    static Topology topology;

    @BeforeAll
    static void start() {
        topology = federation.topology();
    }

    @Test
    void aGroupIsItsMembersMergedFreeBusyWithNestedGroupsAndRemoteMembersFollowed() throws Exception {
        List<AttendeeAvailability> answers =
                alice().monday(FreeBusyViewType.DetailedMerged, "team@contoso.com", "carol@contoso.com");

        AttendeeAvailability team = answers.get(0);
        assertThat(team.getErrorCode()).as(team.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(team.getViewType())
                .as("a group has only the merged view, whatever was asked")
                .isEqualTo(FreeBusyViewType.MergedOnly);
        assertThat(team.getCalendarEvents()).isEmpty();
        assertThat(team.getWorkingHours()).isNull();
        // 09 alice and dave Busy; 10 carol Tentative under dave Busy; 13 carol OOF; 15 bob Busy, from the cloud.
        assertThat(digits(team)).isEqualTo("000000000220030200000000");
        assertThat(answers.get(1).getErrorCode()).isEqualTo(ServiceError.NoError);
        assertThat(answers.get(1).getViewType()).isEqualTo(FreeBusyViewType.FreeBusyMerged);

        List<JournalEntry> expansions = topology.journal()
                .find(entry -> ONPREM.equals(entry.role()) && "team@contoso.com".equals(entry.subject()));
        assertThat(expansions.get(expansions.size() - 1)).satisfies(entry -> {
            assertThat(entry.step()).isEqualTo(JournalEntry.Step.ROUTING);
            assertThat(entry.detail())
                    .contains("4 members", "dave@contoso.com", "bob@contoso.com", "each asked as Required");
        });
    }

    @Test
    void aCloudUserAsksForAnOnPremisesGroupWhichThatOrganizationExpandsWithinTheRelationship() throws Exception {
        AttendeeAvailability team = bob().monday(
                        FreeBusyViewType.FreeBusy,
                        List.of(new AttendeeInfo("team@contoso.com", MeetingAttendeeType.Optional, true)))
                .get(0);

        assertThat(team.getErrorCode()).as(team.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(team.getViewType()).isEqualTo(FreeBusyViewType.MergedOnly);
        // bob@contoso.com is a remote mailbox on-premises: a federated request is not forwarded again, no data.
        assertThat(digits(team)).isEqualTo("000000000220030000000000");

        List<JournalEntry> onPremises = topology.journal()
                .find(entry -> ONPREM.equals(entry.role())
                        && entry.requester() != null
                        && entry.requester().equals("bob@contoso.mail.onmicrosoft.com"));
        assertThat(onPremises)
                .filteredOn(entry -> "team@contoso.com".equals(entry.subject()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.detail())
                        .as("AttendeeType and ExcludeConflicts as the cloud user's client sent them")
                        .contains("each asked as Optional, ExcludeConflicts true"));
        assertThat(onPremises)
                .filteredOn(entry -> "bob@contoso.com".equals(entry.subject()))
                .singleElement()
                .satisfies(entry -> assertThat(entry.reason()).isEqualTo(Reason.PROXY_REQUEST_NOT_ALLOWED));
        assertThat(onPremises)
                .filteredOn(entry -> entry.step() == JournalEntry.Step.ACCESS_DECISION)
                .extracting(JournalEntry::subject)
                .containsExactlyInAnyOrder("alice@contoso.com", "carol@contoso.com", "dave@contoso.com");
    }

    @Test
    void anOnPremisesUserAsksForACloudGroupThroughTheFederation() throws Exception {
        AttendeeAvailability falcon = alice().monday(
                        FreeBusyViewType.Detailed,
                        List.of(new AttendeeInfo(
                                "falcon@contoso.mail.onmicrosoft.com", MeetingAttendeeType.Resource, false)))
                .get(0);

        assertThat(falcon.getErrorCode()).as(falcon.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(falcon.getViewType()).isEqualTo(FreeBusyViewType.MergedOnly);
        assertThat(digits(falcon)).isEqualTo("000000000000000230000000");
        assertThat(topology.journal()
                        .find(entry -> CLOUD.equals(entry.role())
                                && "falcon@contoso.mail.onmicrosoft.com".equals(entry.subject())))
                .singleElement()
                .satisfies(
                        entry -> assertThat(entry.detail()).contains("each asked as Resource, ExcludeConflicts false"));
    }

    @Test
    void aGroupAboveOneHundredMembersIsNotExpanded() throws Exception {
        List<AttendeeAvailability> answers =
                alice().monday(FreeBusyViewType.FreeBusy, "everyone@contoso.com", "alice@contoso.com");

        AttendeeAvailability everyone = answers.get(0);
        assertThat(everyone.getErrorCode()).isEqualTo(ServiceError.ErrorFreeBusyDLLimitReached);
        assertThat(everyone.getErrorDetails())
                .containsEntry("fedemu.reason", Reason.DISTRIBUTION_GROUP_TOO_LARGE.name());
        assertThat(everyone.getErrorMessage()).contains("everyone@contoso.com", "100");
        assertThat(answers.get(1).getErrorCode())
                .as("the other mailboxes of the request are still answered")
                .isEqualTo(ServiceError.NoError);
        assertThat(topology.journal().find(entry -> "m001@contoso.com".equals(entry.subject())))
                .as("no member of a group above the limit is asked")
                .isEmpty();
    }

    @Test
    void attendeeTypeAndExcludeConflictsReachThePartnerAsSentForAMailboxAndForAGroupMember() throws Exception {
        // bob directly as Optional; the on-premises group as Room, so its remote member bob is asked as Room.
        alice().monday(
                        FreeBusyViewType.FreeBusy,
                        List.of(new AttendeeInfo("bob@contoso.com", MeetingAttendeeType.Optional, false)));
        String asOptional = lastCloudDecisionFor("bob@contoso.mail.onmicrosoft.com");
        alice().monday(
                        FreeBusyViewType.FreeBusy,
                        List.of(new AttendeeInfo("team@contoso.com", MeetingAttendeeType.Room, true)));
        String asRoom = lastCloudDecisionFor("bob@contoso.mail.onmicrosoft.com");

        assertThat(asOptional).endsWith("Asked as Optional, ExcludeConflicts false.");
        assertThat(asRoom).endsWith("Asked as Room, ExcludeConflicts true.");
    }

    @Test
    void onTheWireAGroupIsMergedOnlyAndATooLargeOneIsAnErrorBothValidAgainstTheSchema() throws Exception {
        String request = """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
                    xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
                  <soap:Header><t:RequestServerVersion Version="Exchange2013"/></soap:Header>
                  <soap:Body>
                    <m:GetUserAvailabilityRequest>
                      <m:MailboxDataArray>
                        <t:MailboxData><t:Email><t:Address>team@contoso.com</t:Address></t:Email>
                          <t:AttendeeType>Required</t:AttendeeType><t:ExcludeConflicts>false</t:ExcludeConflicts>
                        </t:MailboxData>
                        <t:MailboxData><t:Email><t:Address>everyone@contoso.com</t:Address></t:Email>
                          <t:AttendeeType>Optional</t:AttendeeType></t:MailboxData>
                      </m:MailboxDataArray>
                      <t:FreeBusyViewOptions>
                        <t:TimeWindow><t:StartTime>2026-11-30T00:00:00</t:StartTime>
                          <t:EndTime>2026-12-01T00:00:00</t:EndTime></t:TimeWindow>
                        <t:MergedFreeBusyIntervalInMinutes>60</t:MergedFreeBusyIntervalInMinutes>
                        <t:RequestedView>Detailed</t:RequestedView>
                      </t:FreeBusyViewOptions>
                    </m:GetUserAvailabilityRequest>
                  </soap:Body>
                </soap:Envelope>""";
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newBuilder()
                .sslContext(federation.tls())
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        topology.tenant(ONPREM).ewsUrl())
                                .header("Authorization", RawEws.basic("alice@contoso.com", "pw-alice"))
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(request))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        org.w3c.dom.Document document = parse(answer.body());
        org.w3c.dom.NodeList responses = document.getElementsByTagNameNS(MESSAGES, "FreeBusyResponse");
        assertThat(responses.getLength()).isEqualTo(2);
        org.w3c.dom.Element team = (org.w3c.dom.Element) responses.item(0);
        assertThat(children(team)).containsExactly("m:ResponseMessage", "m:FreeBusyView");
        assertThat(children(MailTipsSoap.child(team, "ResponseMessage"))).containsExactly("m:ResponseCode");
        assertThat(MailTipsSoap.child(team, "ResponseMessage").getAttribute("ResponseClass"))
                .isEqualTo("Success");
        org.w3c.dom.Element view = MailTipsSoap.child(team, "FreeBusyView");
        assertThat(children(view)).containsExactly("t:FreeBusyViewType", "t:MergedFreeBusy");
        assertThat(MailTipsSoap.child(view, "FreeBusyViewType").getTextContent())
                .isEqualTo("MergedOnly");
        assertThat(MailTipsSoap.child(view, "MergedFreeBusy").getTextContent()).isEqualTo("000000000220030200000000");
        org.w3c.dom.Element everyone = (org.w3c.dom.Element) responses.item(1);
        org.w3c.dom.Element refusal = MailTipsSoap.child(everyone, "ResponseMessage");
        assertThat(refusal.getAttribute("ResponseClass")).isEqualTo("Error");
        assertThat(children(refusal))
                .containsExactly("m:MessageText", "m:ResponseCode", "m:DescriptiveLinkKey", "m:MessageXml");
        assertThat(MailTipsSoap.child(refusal, "ResponseCode").getTextContent())
                .isEqualTo("ErrorFreeBusyDLLimitReached");
        assertThat(children(MailTipsSoap.child(everyone, "FreeBusyView"))).containsExactly("t:FreeBusyViewType");
        assertThat(MailTipsSoap.child(MailTipsSoap.child(everyone, "FreeBusyView"), "FreeBusyViewType")
                        .getTextContent())
                .isEqualTo("None");

        org.w3c.dom.Element body =
                (org.w3c.dom.Element) document.getElementsByTagNameNS(MESSAGES, "GetUserAvailabilityResponse")
                        .item(0);
        javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(DistributionGroupAcceptanceTest.class.getResource("/wsdl/messages.xsd"))
                .newValidator()
                .validate(new javax.xml.transform.dom.DOMSource(body));
    }

    private static final String MESSAGES = "http://schemas.microsoft.com/exchange/services/2006/messages";

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    }

    /** The element children of {@code parent}, as prefix:name, in document order. */
    private static List<String> children(org.w3c.dom.Element parent) {
        List<String> names = new java.util.ArrayList<>();
        for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof org.w3c.dom.Element element) {
                names.add(prefix(element) + ":" + element.getLocalName());
            }
        }
        return names;
    }

    /** m for the messages namespace, t for types, whatever prefixes the answer chose. */
    private static String prefix(org.w3c.dom.Element element) {
        return MESSAGES.equals(element.getNamespaceURI()) ? "m" : "t";
    }

    /** What the cloud recorded when it decided a partner's access to {@code mailbox}, most recent first. */
    private static String lastCloudDecisionFor(String mailbox) {
        List<JournalEntry> decisions = topology.journal()
                .find(entry -> CLOUD.equals(entry.role())
                        && entry.step() == JournalEntry.Step.ACCESS_DECISION
                        && mailbox.equals(entry.subject()));
        assertThat(decisions).isNotEmpty();
        return decisions.get(decisions.size() - 1).detail();
    }

    @Test
    void theAdminApiListsTheGroupsWithTheirDirectMembersAndRefusesAnUnknownOne() {
        io.fedemu.client.tenant.TenantAdminClient admin = federation.tenantAdmin(ONPREM);

        io.fedemu.protocol.tenant.DistributionGroupInfo team = admin.distributionGroup("Contoso team");
        Throwable unknown = org.assertj.core.api.Assertions.catchThrowable(() -> admin.distributionGroup("Marketing"));

        assertThat(admin.distributionGroups())
                .extracting(io.fedemu.protocol.tenant.DistributionGroupInfo::primarySmtpAddress)
                .containsExactly("team@contoso.com", "leads@contoso.com", "everyone@contoso.com");
        assertThat(team.members())
                .extracting(
                        io.fedemu.protocol.tenant.DistributionGroupInfo.Member::primarySmtpAddress,
                        io.fedemu.protocol.tenant.DistributionGroupInfo.Member::recipientType)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("alice@contoso.com", "UserMailbox"),
                        org.assertj.core.groups.Tuple.tuple("carol@contoso.com", "UserMailbox"),
                        org.assertj.core.groups.Tuple.tuple("leads@contoso.com", "MailUniversalDistributionGroup"),
                        org.assertj.core.groups.Tuple.tuple("bob@contoso.com", "MailUser"));
        assertThat(unknown).isInstanceOfSatisfying(io.fedemu.client.http.ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(404);
            assertThat(problem.problem().reason()).isEqualTo(Reason.DISTRIBUTION_GROUP_NOT_FOUND.name());
            assertThat(problem.problem().detail()).contains("Team", "Leads", "Everyone");
        });
    }

    /** The merged string as the EWS Java API read it, back in digits. */
    private static String digits(AttendeeAvailability answer) {
        return answer.getMergedFreeBusyStatus().stream()
                .map(LegacyFreeBusyStatus::getBusyStatus)
                .map(String::valueOf)
                .collect(Collectors.joining());
    }

    private static EwsUser alice() {
        return new EwsUser(topology.trustBundle(), topology.tenant(ONPREM).ewsUrl(), "alice@contoso.com", "pw-alice");
    }

    private static EwsUser bob() {
        return new EwsUser(
                topology.trustBundle(), topology.tenant(CLOUD).ewsUrl(), "bob@contoso.mail.onmicrosoft.com", "pw-bob");
    }
}
