package io.fedemu.tenant.availability;

import com.ibm.icu.util.TimeZone;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Windows time zone ids (what TimeZoneContext/TimeZoneDefinition@Id carries, e.g. "Pacific Standard Time") to IANA
 * zones and back, from CLDR's windowsZones data as shipped in ICU4J (PROTOCOL.md section 2). No hand-kept table:
 * CLDR follows Microsoft's changes.
 */
public final class WindowsTimeZones {
    /** CLDR's "world" territory: the primary IANA zone of a Windows id. */
    private static final String WORLD = "001";

    private WindowsTimeZones() {}

    /** The IANA zone for a Windows id, empty if CLDR does not know the id. */
    public static Optional<ZoneId> toZoneId(String windowsId) {
        if (windowsId == null || windowsId.isBlank()) {
            return Optional.empty();
        }
        String iana = TimeZone.getIDForWindowsID(windowsId.trim(), WORLD);
        return Optional.ofNullable(iana).map(ZoneId::of);
    }

    /** The Windows id for an IANA zone, empty for zones Windows has no id for. */
    public static Optional<String> toWindowsId(ZoneId zone) {
        return Optional.ofNullable(TimeZone.getWindowsID(zone.getId()));
    }
}
