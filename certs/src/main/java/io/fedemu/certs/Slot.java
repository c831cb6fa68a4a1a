package io.fedemu.certs;

import java.util.Locale;

/** The three places a rolling certificate can be in (Set-FederationTrust, PROTOCOL.md section 3). */
public enum Slot {
    CURRENT,
    NEXT,
    PREVIOUS;

    /** The lower-case name used for files and JSON. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
