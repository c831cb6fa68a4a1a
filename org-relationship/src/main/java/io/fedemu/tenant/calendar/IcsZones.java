package io.fedemu.tenant.calendar;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Gives an imported time a zone that outlives the JVM. ical4j turns each VTIMEZONE of a file into a zone it registers
 * under a generated id ({@code ical4j-local-...}); a calendar stored with that id could not be read after a restart,
 * and the admin API would show it. So the TZID is resolved by name instead: an IANA id as such, a Windows id (what
 * Outlook and Exchange write, e.g. "W. Europe Standard Time") through CLDR's mapping in ICU4J. A TZID neither knows
 * keeps its instants and takes the mailbox's zone, which is where Outlook would show the item.
 */
final class IcsZones {
    /** CLDR's "world" territory: the primary IANA zone of a Windows id. */
    private static final String WORLD = "001";

    private static final String ICAL4J_PREFIX = "ical4j";

    private final ZoneId mailboxZone;

    IcsZones(ZoneId mailboxZone) {
        this.mailboxZone = mailboxZone;
    }

    /** {@code time} (as ical4j read it from {@code property}) in a zone named by IANA id or offset. */
    ZonedDateTime portable(ZonedDateTime time, DateProperty<?> property) {
        if (!time.getZone().getId().startsWith(ICAL4J_PREFIX)) {
            return time;
        }
        Optional<ZoneId> named =
                property.<TzId>getParameter(Parameter.TZID).map(TzId::getValue).flatMap(IcsZones::byName);
        return time.withZoneSameInstant(named.orElse(mailboxZone));
    }

    static Optional<ZoneId> byName(String tzid) {
        String name = tzid.trim();
        try {
            ZoneId zone = ZoneId.of(name);
            if (!(zone instanceof ZoneOffset) && !zone.getId().startsWith(ICAL4J_PREFIX)) {
                return Optional.of(zone);
            }
        } catch (DateTimeException notIana) {
            // fall through to the Windows names
        }
        return Optional.ofNullable(com.ibm.icu.util.TimeZone.getIDForWindowsID(name, WORLD))
                .map(ZoneId::of);
    }
}
