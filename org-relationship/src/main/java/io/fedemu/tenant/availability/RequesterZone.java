package io.fedemu.tenant.availability;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Objects;

/**
 * The requester's time zone, in which a request's TimeWindow is read and CalendarEvent times are written
 * (PROTOCOL.md section 2). It comes either from the body's SerializableTimeZone or from the TimeZoneContext
 * header's Windows id; both end up as {@link ZoneRules}.
 *
 * @param name what to show in traces: an IANA id, or "SerializableTimeZone(Bias=...)"
 */
public record RequesterZone(String name, ZoneRules rules) {
    public RequesterZone {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(rules, "rules");
    }

    public static RequesterZone of(ZoneId zone) {
        return new RequesterZone(zone.getId(), zone.getRules());
    }

    public static RequesterZone of(SerializableTimeZone zone) {
        return new RequesterZone("SerializableTimeZone(Bias=" + zone.bias() + ")", zone.toZoneRules());
    }

    /** From TimeZoneContext's Windows id; an id CLDR does not know is the caller's error to report. */
    public static RequesterZone ofWindowsId(String windowsId) {
        ZoneId zone = WindowsTimeZones.toZoneId(windowsId)
                .orElseThrow(() -> new IllegalArgumentException("unknown Windows time zone id '" + windowsId + "'"));
        return new RequesterZone(windowsId + " (" + zone.getId() + ")", zone.getRules());
    }

    /**
     * The instant of a local time in this zone, resolved as {@link java.time.ZonedDateTime#ofLocal} does: a time
     * in a spring-forward gap moves forward by the gap, an ambiguous autumn time takes the earlier offset.
     */
    public Instant toInstant(LocalDateTime local) {
        List<ZoneOffset> valid = rules.getValidOffsets(local);
        if (!valid.isEmpty()) {
            return local.toInstant(valid.get(0));
        }
        ZoneOffsetTransition gap = rules.getTransition(local);
        return local.plus(gap.getDuration()).toInstant(gap.getOffsetAfter());
    }

    /** The instant as local time with its offset here; Exchange 2013+ writes only the local part. */
    public OffsetDateTime toLocal(Instant instant) {
        return instant.atOffset(rules.getOffset(instant));
    }
}
