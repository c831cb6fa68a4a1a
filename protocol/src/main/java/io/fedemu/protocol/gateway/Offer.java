package io.fedemu.protocol.gateway;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a delegation token may be used for: Exchange's offers, sent as the OAuth scope of a token
 * exchange and carried in the token's {@code offer} claim (PROTOCOL.md section 3).
 */
public enum Offer {
    SHARING_CALENDAR_FREE_BUSY("MSExchange.SharingCalendarFreeBusy"),
    SHARING_INVITE_MESSAGE("MSExchange.SharingInviteMessage"),
    SHARING_READ("MSExchange.SharingRead"),
    AUTODISCOVER("MSExchange.Autodiscover"),
    MAIL_TIPS("MSExchange.MailTips"),
    DELIVERY_REPORT("MSExchange.DeliveryReport"),
    MAILBOX_MOVE("MSExchange.MailboxMove");

    private final String wireName;

    Offer(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Exact match: offers are protocol identifiers, not prose. */
    public static Optional<Offer> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(offer -> offer.wireName.equals(name))
                .findFirst();
    }
}
