package io.fedemu.tenant.mailtips;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which MailTips a GetMailTips asks for ({@code MailTipsRequested}, a list; All is every one). */
public record MailTipsRequested(Set<Tip> tips) {
    /** The values of MailTipTypes fedemu answers, with their names on the wire. */
    public enum Tip {
        OUT_OF_OFFICE_MESSAGE("OutOfOfficeMessage"),
        MAILBOX_FULL_STATUS("MailboxFullStatus"),
        CUSTOM_MAIL_TIP("CustomMailTip"),
        EXTERNAL_MEMBER_COUNT("ExternalMemberCount"),
        TOTAL_MEMBER_COUNT("TotalMemberCount"),
        MAX_MESSAGE_SIZE("MaxMessageSize"),
        DELIVERY_RESTRICTION("DeliveryRestriction"),
        MODERATION_STATUS("ModerationStatus"),
        INVALID_RECIPIENT("InvalidRecipient");

        private final String wireName;

        Tip(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public MailTipsRequested {
        tips = tips.isEmpty() ? EnumSet.noneOf(Tip.class) : EnumSet.copyOf(tips);
    }

    /**
     * From the request's list. The schema already refused a name it does not have; Scope and RecipientSuggestions
     * (later Exchange versions) are left unanswered, as an Exchange 2013 server leaves them.
     */
    public static MailTipsRequested of(List<String> names) {
        Set<Tip> tips = EnumSet.noneOf(Tip.class);
        for (String name : names == null ? List.<String>of() : names) {
            if ("All".equals(name)) {
                tips.addAll(EnumSet.allOf(Tip.class));
            }
            for (Tip tip : Tip.values()) {
                if (tip.wireName.equals(name)) {
                    tips.add(tip);
                }
            }
        }
        return new MailTipsRequested(tips);
    }

    public boolean has(Tip tip) {
        return tips.contains(tip);
    }
}
