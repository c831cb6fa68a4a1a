package io.fedemu.tenant.mailtips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.ews.types.ExternalAudience;
import io.fedemu.protocol.ews.types.MailTips;
import io.fedemu.protocol.ews.types.OofState;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.AutomaticReplies;
import io.fedemu.protocol.tenant.MailTipsAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.tenant.directory.DefaultPermission;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.SecurityGroup;
import io.fedemu.tenant.directory.WorkingHours;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each audience sees of one mailbox's MailTips, and when automatic replies are on (PROTOCOL.md section 15). */
class LocalMailTipsTest {
    static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    static final Mailbox ERIN = new Mailbox(
            "erin@fabrikam.com",
            List.of(),
            "Erin Moss",
            "x",
            ZoneId.of("UTC"),
            WorkingHours.standard(ZoneId.of("UTC")),
            DefaultPermission.FREE_BUSY_TIME_ONLY);
    static final Directory DIRECTORY = new Directory(
            Set.of("fabrikam.com"), List.of(ERIN), List.of(), List.of(new SecurityGroup("Nobody", Set.of())));
    static final OofSettings SCHEDULED = new OofSettings(
            OofState.SCHEDULED,
            ExternalAudience.KNOWN,
            Instant.parse("2026-12-01T00:00:00Z"),
            Instant.parse("2026-12-02T00:00:00Z"),
            "inside",
            "outside");

    @TempDir
    Path home;

    @Test
    void limitedKeepsOnlyTheTipsThatPreventNonDeliveryAndKnownAudienceGetsNoExternalReply() {
        LocalMailTips tips = tips(SCHEDULED);

        MailTips limited = tips.mailbox(
                ERIN, "erin@fabrikam.com", all(), MailTipsAudience.partner(MailTipsAccessLevel.LIMITED, null));
        MailTips internal = tips.mailbox(ERIN, "erin@fabrikam.com", all(), MailTipsAudience.INTERNAL);

        assertThat(limited.isMailboxFull()).isNull();
        assertThat(limited.getCustomMailTip()).isNull();
        assertThat(limited.getTotalMemberCount()).isNull();
        assertThat(limited.isIsModerated()).isNull();
        assertThat(limited.getMaxMessageSize()).isEqualTo(LocalMailTips.MAX_MESSAGE_SIZE);
        // Known means senders in erin's contacts; fedemu keeps none, so a partner gets no reply text.
        assertThat(limited.getOutOfOffice().getReplyBody().getMessage()).isEmpty();
        assertThat(internal.getOutOfOffice().getReplyBody().getMessage()).isEqualTo("inside");
        assertThat(internal.getOutOfOffice().getDuration()).isNotNull();
        assertThat(internal.getCustomMailTip()).isEqualTo("vendors only");
        assertThat(internal.isMailboxFull()).isTrue();
    }

    @Test
    void aScopeGroupWithoutTheRecipientHidesItsOwnTipsOnly() {
        MailTips scoped = tips(SCHEDULED)
                .mailbox(ERIN, "erin@fabrikam.com", all(), MailTipsAudience.partner(MailTipsAccessLevel.ALL, "Nobody"));

        assertThat(scoped.getOutOfOffice()).isNull();
        assertThat(scoped.isMailboxFull()).isNull();
        assertThat(scoped.getCustomMailTip()).isNull();
        assertThat(scoped.getTotalMemberCount()).isEqualTo(1);
    }

    @Test
    void theReceivingSideRefusesUntilTheRelationshipEnablesALevel() {
        OrganizationRelationship off = OrganizationRelationship.named("Contoso", "contoso.com");
        OrganizationRelationship on = off.with(RelationshipChanges.builder()
                .mailTipsAccessEnabled(true)
                .mailTipsAccessLevel(MailTipsAccessLevel.LIMITED)
                .build());

        assertThat(PartnerMailTipsAccess.decide(Optional.empty()).refusal()).contains(Reason.MAIL_TIPS_NO_RELATIONSHIP);
        assertThat(PartnerMailTipsAccess.decide(Optional.of(off)).refusal()).contains(Reason.MAIL_TIPS_ACCESS_DISABLED);
        assertThat(PartnerMailTipsAccess.decide(Optional.of(on.with(RelationshipChanges.builder()
                                .mailTipsAccessLevel(MailTipsAccessLevel.NONE)
                                .build())))
                        .refusal())
                .contains(Reason.MAIL_TIPS_LEVEL_NONE);
        assertThat(PartnerMailTipsAccess.decide(Optional.of(on)).audience().level())
                .isEqualTo(MailTipsAccessLevel.LIMITED);
    }

    @Test
    void whatIsSetIsWrittenDownAndABadWindowIsRefused() {
        OofSettingsStore store = new OofSettingsStore(home, Map.of());
        store.set("Erin@Fabrikam.com", SCHEDULED);

        assertThat(new OofSettingsStore(home, Map.of()).get("erin@fabrikam.com"))
                .isEqualTo(SCHEDULED);
        assertThat(store.get("frank@fabrikam.com")).isEqualTo(OofSettings.DEFAULT);
        assertThatThrownBy(() -> OofRules.fromAdmin(new AutomaticReplies(
                        "Scheduled", "All", "2026-12-02T00:00:00Z", "2026-12-01T00:00:00Z", "", "")))
                .isInstanceOfSatisfying(
                        OofRules.OofRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.AUTOMATIC_REPLIES_INVALID));
        assertThatThrownBy(() -> OofRules.fromAdmin(new AutomaticReplies("Sometimes", null, null, null, null, null)))
                .hasMessageContaining("autoReplyState: 'Sometimes'");
    }

    @Test
    void aGroupCountsItsExpandedMembersAndThoseOutsideAndLimitedDropsTheTotal() {
        io.fedemu.tenant.directory.DistributionGroup buyers = new io.fedemu.tenant.directory.DistributionGroup(
                "buyers@fabrikam.com", "Buyers", null, List.of("erin@fabrikam.com", "desk@fabrikam.com"));
        io.fedemu.tenant.directory.DistributionGroup vendors = new io.fedemu.tenant.directory.DistributionGroup(
                "vendors@fabrikam.com",
                "Vendors",
                "Vendor desk",
                List.of("erin@fabrikam.com", "sam@tailspin.example", "buyers@fabrikam.com", "vendors@fabrikam.com"));
        Directory directory =
                new Directory(Set.of("fabrikam.com"), List.of(ERIN), List.of(), List.of(), List.of(buyers, vendors));
        LocalMailTips tips = new LocalMailTips(
                directory,
                new OofSettingsStore(null, Map.of()),
                address -> MailboxMailTips.NONE,
                Clock.fixed(NOW, ZoneOffset.UTC));

        MailTips internal = tips.group(vendors, "vendors@fabrikam.com", all(), MailTipsAudience.INTERNAL);
        MailTips limited = tips.group(
                vendors, "vendors@fabrikam.com", all(), MailTipsAudience.partner(MailTipsAccessLevel.LIMITED, null));

        // erin, sam, then through buyers desk (erin again and the group itself count once, the group not at all).
        assertThat(internal.getTotalMemberCount()).isEqualTo(3);
        assertThat(internal.getExternalMemberCount())
                .as("sam is outside fabrikam's domains")
                .isEqualTo(1);
        assertThat(internal.getRecipientAddress().getName()).isEqualTo("Vendor desk");
        assertThat(internal.getOutOfOffice()).isNull();
        assertThat(internal.isMailboxFull()).isNull();
        assertThat(internal.isInvalidRecipient()).isFalse();
        assertThat(limited.getTotalMemberCount()).isNull();
        assertThat(limited.getExternalMemberCount()).isEqualTo(1);
        assertThat(limited.isIsModerated()).isNull();
    }

    private LocalMailTips tips(OofSettings erin) {
        OofSettingsStore store = new OofSettingsStore(null, Map.of("erin@fabrikam.com", erin));
        return new LocalMailTips(
                DIRECTORY,
                store,
                address -> new MailboxMailTips(null, "vendors only", true),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static MailTipsRequested all() {
        return MailTipsRequested.of(List.of("All"));
    }
}
