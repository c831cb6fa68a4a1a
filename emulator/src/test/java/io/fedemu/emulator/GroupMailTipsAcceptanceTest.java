package io.fedemu.emulator;

import static io.fedemu.emulator.MailTipsSoap.child;
import static io.fedemu.emulator.MailTipsSoap.names;
import static io.fedemu.emulator.MailTipsSoap.recipients;
import static io.fedemu.emulator.MailTipsSoap.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.tenant.MailTipsAccessLevel;
import io.fedemu.protocol.tenant.RelationshipChanges;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/**
 * A distribution group's MailTips (PROTOCOL.md section 15): its member counts, expanded as the directory expands
 * groups (scenarios/groups.yaml: team is alice, carol, bob and, through leads, dave; everyone has 101), for the organization's own users and for a partner's
 * at the MailTipsAccessLevel that allows them. Raw SOAP, every answer checked against the schema.
 */
class GroupMailTipsAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/groups.yaml"));

    @Test
    void aUserOfTheOrganizationSeesEachGroupsExpandedMemberCount() throws Exception {
        List<Element> answers = recipients(ask(
                "contoso-onprem", "alice@contoso.com", "pw-alice", "All", "team@contoso.com", "everyone@contoso.com"));

        Element team = child(answers.get(0), "MailTips");
        assertThat(text(answers.get(0), "ResponseCode")).isEqualTo("NoError");
        assertThat(names(team))
                .as("a group has no mailbox: no automatic reply, Mailbox Full or custom tip")
                .containsExactly(
                        "RecipientAddress",
                        "PendingMailTips",
                        "TotalMemberCount",
                        "ExternalMemberCount",
                        "MaxMessageSize",
                        "DeliveryRestricted",
                        "IsModerated",
                        "InvalidRecipient");
        assertThat(text(child(team, "RecipientAddress"), "Name")).isEqualTo("Contoso team");
        assertThat(text(team, "TotalMemberCount"))
                .as("nested leads expanded, alice once")
                .isEqualTo("4");
        assertThat(text(team, "ExternalMemberCount"))
                .as("bob is a remote mailbox of contoso")
                .isEqualTo("0");
        assertThat(text(team, "InvalidRecipient")).isEqualTo("false");
        assertThat(text(child(answers.get(1), "MailTips"), "TotalMemberCount"))
                .as("MailTips count beyond the availability service's 100")
                .isEqualTo("101");
    }

    @Test
    void aPartnerSeesTheMemberCountAtAllAndOnlyAnExternalRecipientAtLimited() throws Exception {
        onPremisesGives(MailTipsAccessLevel.ALL);
        Element all = child(recipients(askAsBob("team@contoso.com")).get(0), "MailTips");
        onPremisesGives(MailTipsAccessLevel.LIMITED);
        Element limited = child(recipients(askAsBob("team@contoso.com")).get(0), "MailTips");

        assertThat(text(all, "TotalMemberCount")).isEqualTo("4");
        assertThat(text(all, "ExternalMemberCount"))
                .as("every member of a partner's group is outside the sender's organization")
                .isEqualTo("4");
        assertThat(text(child(all, "RecipientAddress"), "EmailAddress")).isEqualTo("team@contoso.com");
        assertThat(names(limited))
                .containsExactly(
                        "RecipientAddress",
                        "PendingMailTips",
                        "ExternalMemberCount",
                        "MaxMessageSize",
                        "DeliveryRestricted",
                        "InvalidRecipient");
        assertThat(text(limited, "ExternalMemberCount"))
                .as("Limited keeps the group's size to its organization")
                .isEqualTo("1");
    }

    private static Element askAsBob(String recipient) throws Exception {
        return ask("contoso-cloud", "bob@contoso.mail.onmicrosoft.com", "pw-bob", "All", recipient);
    }

    private static Element ask(String tenant, String user, String password, String tips, String... recipients)
            throws Exception {
        HttpResponse<String> answer = MailTipsSoap.post(
                federation.tls(),
                federation.tenant(tenant).ewsUrl(),
                user,
                password,
                MailTipsSoap.getMailTips(user, tips, recipients));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return MailTipsSoap.validBody(answer);
    }

    /** contoso on-premises' relationship with its cloud, MailTips on at {@code level} for everyone. */
    private static void onPremisesGives(MailTipsAccessLevel level) {
        federation
                .tenantAdmin("contoso-onprem")
                .setOrganizationRelationship(
                        "To contoso cloud",
                        RelationshipChanges.builder()
                                .enabled(true)
                                .mailTipsAccessEnabled(true)
                                .mailTipsAccessLevel(level)
                                .mailTipsAccessScope("")
                                .build());
    }
}
