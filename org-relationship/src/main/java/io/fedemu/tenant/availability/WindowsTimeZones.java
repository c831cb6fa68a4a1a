package io.fedemu.tenant.availability;

import com.ibm.icu.util.TimeZone;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Windows time zone ids (what TimeZoneContext/TimeZoneDefinition@Id carries, e.g. "Pacific Standard Time") to IANA
 * zones and back, from CLDR's windowsZones data as shipped in ICU4J (PROTOCOL.md section 2). No hand-kept table:
 * CLDR follows Microsoft's changes.
 */
public final class WindowsTimeZones {
    /** CLDR's "world" territory: the primary IANA zone of a Windows id. */
    private static final String WORLD = "001";

    /**
     * Ids already looked up, with their zone: ICU's lookup and ZoneId.of cost a few percent of a GetUserAvailability.
     * Only ids CLDR knows are kept (about 140), so a caller's invented ids cannot grow it.
     */
    private static final Map<String, ZoneId> KNOWN = new ConcurrentHashMap<>();
    /** Far above CLDR's ids: should ICU ever match ids loosely (case, spelling), the map still stops growing. */
    private static final int MAX_KNOWN = 512;

    private WindowsTimeZones() {}

    /** The IANA zone for a Windows id, empty if CLDR does not know the id. */
    public static Optional<ZoneId> toZoneId(String windowsId) {
        if (windowsId == null || windowsId.isBlank()) {
            return Optional.empty();
        }
        String id = windowsId.trim();
        ZoneId known = KNOWN.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        String iana = TimeZone.getIDForWindowsID(id, WORLD);
        if (iana == null) {
            return Optional.empty();
        }
        ZoneId zone = ZoneId.of(iana);
        if (KNOWN.size() < MAX_KNOWN) {
            KNOWN.put(id, zone);
        }
        return Optional.of(zone);
    }

    /** The Windows id for an IANA zone, empty for zones Windows has no id for. */
    public static Optional<String> toWindowsId(ZoneId zone) {
        return Optional.ofNullable(TimeZone.getWindowsID(zone.getId()));
    }
}
