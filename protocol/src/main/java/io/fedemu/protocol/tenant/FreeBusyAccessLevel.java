package io.fedemu.protocol.tenant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How much of its calendars an organization shows a partner through a relationship (PROTOCOL.md section 4).
 * Declared from least to most revealing. On the wire, Exchange's own names.
 */
public enum FreeBusyAccessLevel {
    /** Nothing. */
    NONE("None"),
    /** Times and busy types. */
    AVAILABILITY_ONLY("AvailabilityOnly"),
    /** Times, busy types, subject and location. */
    LIMITED_DETAILS("LimitedDetails");

    private final String wireName;

    FreeBusyAccessLevel(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Exchange's name, ignoring case as the cmdlets do. */
    @JsonCreator
    public static FreeBusyAccessLevel fromWire(String name) {
        for (FreeBusyAccessLevel level : values()) {
            if (level.wireName.equalsIgnoreCase(name)) {
                return level;
            }
        }
        throw new IllegalArgumentException(
                "FreeBusyAccessLevel must be None, AvailabilityOnly or LimitedDetails, not '" + name + "'");
    }
}
