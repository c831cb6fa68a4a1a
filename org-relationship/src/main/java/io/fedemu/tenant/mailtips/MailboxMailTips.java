package io.fedemu.tenant.mailtips;

/**
 * What a mailbox's MailTips are made of besides its automatic replies, as the scenario writes it: the custom
 * MailTip (Set-Mailbox -MailTip) and whether it is over its receive quota (Mailbox Full).
 *
 * @param automaticReplies its automatic replies at first start; null is Exchange's default (off)
 * @param customMailTip    up to 175 characters, shown to senders; null for none
 * @param mailboxFull      the mailbox is over its ProhibitReceiveQuota, so mail to it is refused
 */
public record MailboxMailTips(OofSettings automaticReplies, String customMailTip, boolean mailboxFull) {
    /** Exchange's limit on a custom MailTip. */
    public static final int MAX_CUSTOM_MAIL_TIP = 175;

    public static final MailboxMailTips NONE = new MailboxMailTips(null, null, false);
}
