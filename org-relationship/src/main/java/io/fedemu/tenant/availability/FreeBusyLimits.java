package io.fedemu.tenant.availability;

import java.time.Duration;

/**
 * Server-side limits of GetUserAvailability (PROTOCOL.md section 2, "Limits"). The window limit is 42 days in
 * the Exchange 2007/2010 documentation and 62 from 2013; fedemu makes it configurable, default 62.
 */
public record FreeBusyLimits(Duration maxWindow, int maxItemsPerMailbox) {
    public static final FreeBusyLimits DEFAULT = new FreeBusyLimits(Duration.ofDays(62), 1000);

    public FreeBusyLimits {
        if (maxWindow.isNegative() || maxWindow.isZero()) {
            throw new IllegalArgumentException("maxWindow must be positive");
        }
        if (maxItemsPerMailbox < 1) {
            throw new IllegalArgumentException("maxItemsPerMailbox must be at least 1");
        }
    }
}
