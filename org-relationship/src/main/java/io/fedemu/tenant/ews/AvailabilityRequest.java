package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.GetUserAvailabilityRequestType;
import io.fedemu.protocol.ews.types.ExchangeVersionType;
import io.fedemu.protocol.ews.types.FreeBusyViewOptionsType;
import io.fedemu.protocol.ews.types.MailboxData;
import io.fedemu.protocol.ews.types.RequestServerVersion;
import io.fedemu.protocol.ews.types.SerializableTimeZoneTime;
import io.fedemu.protocol.ews.types.TimeZoneContextType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.availability.AccessLevel;
import io.fedemu.tenant.availability.FreeBusyQuery;
import io.fedemu.tenant.availability.FreeBusyViewType;
import io.fedemu.tenant.availability.RequesterZone;
import io.fedemu.tenant.availability.SerializableTimeZone;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * A GetUserAvailability request read off the wire: the requester's zone (body TimeZone, else the
 * TimeZoneContext header's Windows id, else UTC), the window as instants, the view options and the
 * addresses in request order. Anything missing or malformed is an {@link EwsFault}. The wire form is
 * kept so the requesting side can forward the same window and zone to a partner.
 */
public record AvailabilityRequest(
        RequesterZone zone,
        Instant start,
        Instant end,
        int intervalMinutes,
        FreeBusyViewType view,
        boolean workingElsewhereKnown,
        List<String> addresses,
        GetUserAvailabilityRequestType wire,
        TimeZoneContextType timeZoneContext) {

    static final int MAX_MAILBOXES = 100;

    public static AvailabilityRequest read(
            GetUserAvailabilityRequestType request, RequestServerVersion version, TimeZoneContextType timeZoneContext) {
        if (request == null) {
            throw EwsFault.of(Reason.MISSING_ARGUMENT, "The GetUserAvailabilityRequest element is missing.");
        }
        List<MailboxData> mailboxes = request.getMailboxDataArray() == null
                ? List.of()
                : request.getMailboxDataArray().getMailboxData();
        if (mailboxes.isEmpty()) {
            throw EwsFault.of(Reason.MISSING_ARGUMENT, "MailboxDataArray has no MailboxData.");
        }
        if (mailboxes.size() > MAX_MAILBOXES) {
            throw EwsFault.of(
                    Reason.TOO_MANY_MAILBOXES,
                    "The request names " + mailboxes.size() + " mailboxes; at most " + MAX_MAILBOXES + " are allowed.");
        }
        FreeBusyViewOptionsType options = request.getFreeBusyViewOptions();
        if (options == null
                || options.getTimeWindow() == null
                || options.getTimeWindow().getStartTime() == null
                || options.getTimeWindow().getEndTime() == null) {
            throw EwsFault.of(
                    Reason.MISSING_ARGUMENT,
                    "FreeBusyViewOptions/TimeWindow with StartTime and EndTime " + "is required.");
        }
        RequesterZone zone = zone(request, timeZoneContext);
        FreeBusyViewType view = options.getRequestedView() == null
                ? FreeBusyViewType.FREE_BUSY
                : FreeBusyViewType.valueOf(options.getRequestedView().name());
        int interval = options.getMergedFreeBusyIntervalInMinutes() == null
                ? FreeBusyQuery.DEFAULT_INTERVAL_MINUTES
                : options.getMergedFreeBusyIntervalInMinutes();
        List<String> addresses = mailboxes.stream()
                .map(data -> data.getEmail() == null || data.getEmail().getAddress() == null
                        ? ""
                        : data.getEmail().getAddress().trim())
                .toList();
        return new AvailabilityRequest(
                zone,
                instant(options.getTimeWindow().getStartTime(), zone),
                instant(options.getTimeWindow().getEndTime(), zone),
                interval,
                view,
                knowsWorkingElsewhere(version),
                addresses,
                request,
                timeZoneContext);
    }

    public FreeBusyQuery query(AccessLevel access) {
        return new FreeBusyQuery(start, end, intervalMinutes, view, access, zone, workingElsewhereKnown);
    }

    /** WorkingElsewhere came with Exchange 2013; an absent or unknown version counts as the newest. */
    private static boolean knowsWorkingElsewhere(RequestServerVersion version) {
        if (version == null || version.getVersion() == null) {
            return true;
        }
        return version.getVersion().compareTo(ExchangeVersionType.EXCHANGE_2013) >= 0;
    }

    private static RequesterZone zone(GetUserAvailabilityRequestType request, TimeZoneContextType context) {
        if (request.getTimeZone() != null) {
            try {
                return RequesterZone.of(serializable(request.getTimeZone()));
            } catch (IllegalArgumentException e) {
                // Our own messages only (SerializableTimeZone and transition() word them): short and safe.
                throw EwsFault.of(Reason.INVALID_TIME_ZONE, "The request TimeZone is not usable: " + e.getMessage());
            } catch (NullPointerException | java.time.DateTimeException e) {
                throw EwsFault.of(
                        Reason.INVALID_TIME_ZONE,
                        "The request TimeZone is not usable: a part is missing or out of range.");
            }
        }
        if (context != null
                && context.getTimeZoneDefinition() != null
                && context.getTimeZoneDefinition().getId() != null) {
            String id = context.getTimeZoneDefinition().getId();
            try {
                return RequesterZone.ofWindowsId(id);
            } catch (IllegalArgumentException e) {
                throw EwsFault.of(
                        Reason.INVALID_TIME_ZONE, "TimeZoneContext names an unknown time zone: " + shortened(id));
            }
        }
        return RequesterZone.of(ZoneOffset.UTC);
    }

    /** Also how the suggestions read an attendee's WorkingHours zone (PROTOCOL.md section 12). */
    static SerializableTimeZone serializable(io.fedemu.protocol.ews.types.SerializableTimeZone wire) {
        return new SerializableTimeZone(
                wire.getBias(), transition(wire.getStandardTime()), transition(wire.getDaylightTime()));
    }

    private static SerializableTimeZone.Transition transition(SerializableTimeZoneTime time) {
        if (time == null) {
            // No switch: the same shape SerializableTimeZone.fixed uses (Month 0).
            return new SerializableTimeZone.Transition(0, java.time.LocalTime.MIDNIGHT, 0, 0, DayOfWeek.SUNDAY);
        }
        DayOfWeek day = time.getDayOfWeek() == null
                ? DayOfWeek.SUNDAY
                : dayOfWeek(time.getDayOfWeek().value());
        return new SerializableTimeZone.Transition(
                time.getBias(),
                SerializableTimeZone.Transition.parseTime(time.getTime()),
                time.getDayOrder(),
                time.getMonth(),
                day);
    }

    /** A transition's day: Sunday to Saturday (the schema's Day, Weekday and WeekendDay name no single day). */
    private static DayOfWeek dayOfWeek(String name) {
        try {
            return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("DayOfWeek must be one of Sunday to Saturday, got " + shortened(name));
        }
    }

    /** The first and the last instant a window may name: years 1 to 9999, a .NET DateTime's range. */
    static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    /**
     * The window's times are in the request's zone; the Java API sends date-only midnight values
     * without an offset (PROTOCOL.md section 2). A value with an offset is taken as written. A value that is not
     * a full date between the years 1 and 9999 (as an xs:dateTime may be: year 10000, year -5, a time without a
     * date) is refused with {@link Reason#TIME_WINDOW_OUT_OF_RANGE}, before java.time sees it.
     */
    static Instant instant(XMLGregorianCalendar value, RequesterZone zone) {
        int year = value.getYear();
        if (value.getEon() != null
                || year == DatatypeConstants.FIELD_UNDEFINED
                || year < 1
                || year > 9999
                || value.getMonth() == DatatypeConstants.FIELD_UNDEFINED
                || value.getDay() == DatatypeConstants.FIELD_UNDEFINED) {
            throw outOfRange(value);
        }
        Instant instant;
        if (value.getTimezone() != DatatypeConstants.FIELD_UNDEFINED) {
            instant = value.toGregorianCalendar().toInstant();
        } else {
            int hour = value.getHour() == DatatypeConstants.FIELD_UNDEFINED ? 0 : value.getHour();
            int minute = value.getMinute() == DatatypeConstants.FIELD_UNDEFINED ? 0 : value.getMinute();
            int second = value.getSecond() == DatatypeConstants.FIELD_UNDEFINED ? 0 : value.getSecond();
            try {
                // xs:dateTime allows 24:00:00, the midnight that ends the day.
                LocalDateTime local = hour == 24
                        ? LocalDateTime.of(year, value.getMonth(), value.getDay(), 0, minute, second)
                                .plusDays(1)
                        : LocalDateTime.of(year, value.getMonth(), value.getDay(), hour, minute, second);
                instant = zone.toInstant(local);
            } catch (java.time.DateTimeException e) {
                throw outOfRange(value);
            }
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw outOfRange(value);
        }
        return instant;
    }

    private static org.apache.cxf.binding.soap.SoapFault outOfRange(XMLGregorianCalendar value) {
        return EwsFault.of(
                Reason.TIME_WINDOW_OUT_OF_RANGE,
                "The time window's " + shortened(value.toXMLFormat())
                        + " is not a date and time between the years 1 and 9999.");
    }

    /** A caller's value quoted in a message: at most 64 characters. */
    private static String shortened(String value) {
        return value.length() <= 64 ? "'" + value + "'" : "'" + value.substring(0, 64) + "...'";
    }
}
