package io.fedemu.tenant.mailtips;

import io.fedemu.protocol.ews.types.MailTips;
import io.fedemu.protocol.ews.types.OofState;
import io.fedemu.protocol.ews.types.OutOfOfficeMailTip;
import io.fedemu.protocol.ews.types.ReplyBody;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.DistributionGroup;
import io.fedemu.tenant.directory.GroupMembers;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.mailtips.MailTipsRequested.Tip;
import io.fedemu.tenant.relationship.AccessDecision;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;

/**
 * The MailTips of this organization's recipients, as it answers them to its own users and, within the
 * relationship's level and scope, to a partner's (PROTOCOL.md section 15). Element order is the schema's; a tip is
 * present only when it was asked for and the audience may see it.
 */
public final class LocalMailTips {
    /**
     * The organization's maximum message size in bytes: Exchange 2013's default transport limit, 10 MB, which is
     * what the EWS reference's example answers.
     */
    public static final int MAX_MESSAGE_SIZE = 10 * 1024 * 1024;

    private final Directory directory;
    private final OofSettingsStore automaticReplies;
    private final Function<String, MailboxMailTips> settings;
    private final Clock clock;

    public LocalMailTips(
            Directory directory,
            OofSettingsStore automaticReplies,
            Function<String, MailboxMailTips> settings,
            Clock clock) {
        this.directory = directory;
        this.automaticReplies = automaticReplies;
        this.settings = settings;
        this.clock = clock;
    }

    /** A mailbox of this organization, as {@code audience} may see it. */
    public MailTips mailbox(Mailbox mailbox, String asked, MailTipsRequested requested, MailTipsAudience audience) {
        MailTips tips = MailTipsResponses.of(asked, mailbox.displayName());
        MailboxMailTips own = settings.apply(mailbox.address());
        // Automatic replies, mailbox full and the custom tip are about the recipient itself: a partner sees them
        // only for members of the relationship's MailTipsAccessScope.
        boolean recipientSpecific = !audience.partner() || AccessDecision.inScope(audience.scope(), mailbox, directory);
        if (requested.has(Tip.OUT_OF_OFFICE_MESSAGE) && recipientSpecific) {
            tips.setOutOfOffice(outOfOffice(automaticReplies.get(mailbox.address()), audience.partner()));
        }
        boolean all = audience.seesAll();
        if (requested.has(Tip.MAILBOX_FULL_STATUS) && recipientSpecific && all) {
            tips.setMailboxFull(own.mailboxFull());
        }
        if (requested.has(Tip.CUSTOM_MAIL_TIP) && recipientSpecific && all && own.customMailTip() != null) {
            tips.setCustomMailTip(own.customMailTip());
        }
        // A mailbox is an audience of one, none of it outside this organization.
        if (requested.has(Tip.TOTAL_MEMBER_COUNT) && all) {
            tips.setTotalMemberCount(1);
        }
        if (requested.has(Tip.EXTERNAL_MEMBER_COUNT)) {
            tips.setExternalMemberCount(0);
        }
        limits(tips, requested, all);
        if (requested.has(Tip.INVALID_RECIPIENT)) {
            tips.setInvalidRecipient(false);
        }
        return tips;
    }

    /**
     * A distribution group of this organization, as {@code audience} may see it: its member counts (the Large
     * Audience and External Recipients tips) and the organization's limits. Members are counted as the directory
     * expands the group (GroupMembers: nested groups followed, each recipient once, users, mail users and contacts
     * counted, the groups themselves not), without the availability service's limit of 100: TotalMemberCount is "the
     * count of all members in a group". ExternalMemberCount counts the members outside this organization's accepted
     * domains (mail contacts); a remote mailbox has an address here and is internal. A group has no mailbox, so no
     * automatic reply, Mailbox Full or custom tip.
     */
    public MailTips group(
            DistributionGroup group, String asked, MailTipsRequested requested, MailTipsAudience audience) {
        MailTips tips = MailTipsResponses.of(asked, group.displayName());
        GroupMembers members = GroupMembers.of(directory, group, Integer.MAX_VALUE);
        boolean all = audience.seesAll();
        if (requested.has(Tip.TOTAL_MEMBER_COUNT) && all) {
            tips.setTotalMemberCount(members.addresses().size());
        }
        if (requested.has(Tip.EXTERNAL_MEMBER_COUNT)) {
            tips.setExternalMemberCount((int) members.addresses().stream()
                    .filter(member -> !directory.isAccepted(member))
                    .count());
        }
        limits(tips, requested, all);
        if (requested.has(Tip.INVALID_RECIPIENT)) {
            tips.setInvalidRecipient(false);
        }
        return tips;
    }

    /**
     * An address in one of this organization's domains that nothing has: the Invalid Internal Recipient tip, the
     * one a sender needs to avoid a non-delivery report, so every audience gets it.
     */
    public MailTips invalid(String asked, MailTipsRequested requested) {
        MailTips tips = MailTipsResponses.of(asked, null);
        if (requested.has(Tip.INVALID_RECIPIENT)) {
            tips.setInvalidRecipient(true);
        }
        return tips;
    }

    /**
     * A recipient outside the organization whose MailTips no partner answers (no usable relationship): what the
     * sender's own organization knows, the External Recipients tip and its own size limit.
     */
    public MailTips external(String asked, MailTipsRequested requested) {
        MailTips tips = MailTipsResponses.of(asked, null);
        if (requested.has(Tip.TOTAL_MEMBER_COUNT)) {
            tips.setTotalMemberCount(1);
        }
        if (requested.has(Tip.EXTERNAL_MEMBER_COUNT)) {
            tips.setExternalMemberCount(1);
        }
        limits(tips, requested, true);
        if (requested.has(Tip.INVALID_RECIPIENT)) {
            tips.setInvalidRecipient(false);
        }
        return tips;
    }

    /** Oversize and restricted recipient: both levels; moderation: All only. */
    private static void limits(MailTips tips, MailTipsRequested requested, boolean all) {
        if (requested.has(Tip.MAX_MESSAGE_SIZE)) {
            tips.setMaxMessageSize(MAX_MESSAGE_SIZE);
        }
        if (requested.has(Tip.DELIVERY_RESTRICTION)) {
            // fedemu models no delivery restrictions (AcceptMessagesOnlyFrom): every sender may send.
            tips.setDeliveryRestricted(false);
        }
        if (requested.has(Tip.MODERATION_STATUS) && all) {
            tips.setIsModerated(false);
        }
    }

    /**
     * The automatic reply the sender would get: the internal one for the organization's users, the external one
     * (if its audience reaches them) for a partner's; an empty message when the replies are off, as Exchange
     * answers. A scheduled reply carries its window.
     */
    private OutOfOfficeMailTip outOfOffice(OofSettings oof, boolean externalSender) {
        Instant now = clock.instant();
        ReplyBody body = new ReplyBody();
        OutOfOfficeMailTip tip = new OutOfOfficeMailTip();
        if (oof.activeAt(now)) {
            body.setMessage(externalSender ? oof.replyToExternal() : oof.internalReply());
            if (oof.state() == OofState.SCHEDULED) {
                tip.setDuration(OofWire.duration(oof.start(), oof.end()));
            }
        } else {
            body.setMessage("");
        }
        tip.setReplyBody(body);
        return tip;
    }
}
