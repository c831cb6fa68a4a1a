package io.fedemu.protocol.tenant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Which MailTips a partner sees (PROTOCOL.md section 4). On the wire, Exchange's own names. */
public enum MailTipsAccessLevel {
    NONE("None"),
    LIMITED("Limited"),
    ALL("All");

    private final String wireName;

    MailTipsAccessLevel(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Exchange's name, ignoring case as the cmdlets do. */
    @JsonCreator
    public static MailTipsAccessLevel fromWire(String name) {
        for (MailTipsAccessLevel level : values()) {
            if (level.wireName.equalsIgnoreCase(name)) {
                return level;
            }
        }
        throw new IllegalArgumentException("MailTipsAccessLevel must be None, Limited or All, not '" + name + "'");
    }
}
