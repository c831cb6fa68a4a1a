package io.fedemu.tenant.mailtips;

import io.fedemu.protocol.tenant.MailTipsAccessLevel;

/**
 * Who the MailTips are for, as far as what they may show goes: a user of this organization sees every tip; a
 * partner's user what the relationship's MailTipsAccessLevel allows, and the recipient-specific tips (automatic
 * replies, mailbox full, custom) only for members of its MailTipsAccessScope (PROTOCOL.md section 15).
 *
 * @param level the relationship's level (All for the organization's own users); never None here
 * @param scope the relationship's MailTipsAccessScope group, null for everyone
 */
public record MailTipsAudience(boolean partner, MailTipsAccessLevel level, String scope) {
    public static final MailTipsAudience INTERNAL = new MailTipsAudience(false, MailTipsAccessLevel.ALL, null);

    public static MailTipsAudience partner(MailTipsAccessLevel level, String scope) {
        return new MailTipsAudience(true, level, scope);
    }

    /** Large audience, moderation, mailbox full and custom tips: not at Limited, which keeps those that stop NDRs. */
    public boolean seesAll() {
        return level == MailTipsAccessLevel.ALL;
    }
}
