package io.fedemu.tenant.mailtips;

import io.fedemu.protocol.ews.types.Duration;
import io.fedemu.protocol.ews.types.ReplyBody;
import io.fedemu.protocol.ews.types.UserOofSettings;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * OOF settings between EWS's UserOofSettings and {@link OofSettings}. Times go out in UTC with {@code Z}; a time that
 * comes without an offset is read as UTC (fedemu choice, PROTOCOL.md section 15).
 */
final class OofWire {
    private static final DatatypeFactory DATATYPES;

    static {
        try {
            DATATYPES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private OofWire() {}

    static UserOofSettings toWire(OofSettings settings) {
        UserOofSettings wire = new UserOofSettings();
        wire.setOofState(settings.state());
        wire.setExternalAudience(settings.externalAudience());
        if (settings.start() != null && settings.end() != null) {
            wire.setDuration(duration(settings.start(), settings.end()));
        }
        wire.setInternalReply(reply(settings.internalReply()));
        wire.setExternalReply(reply(settings.externalReply()));
        return wire;
    }

    /** The request's settings, unchecked; a Duration element without both times leaves the window open. */
    static OofSettings fromWire(UserOofSettings wire) {
        Duration duration = wire.getDuration();
        return new OofSettings(
                wire.getOofState(),
                wire.getExternalAudience(),
                duration == null ? null : instant(duration.getStartTime()),
                duration == null ? null : instant(duration.getEndTime()),
                wire.getInternalReply() == null ? "" : wire.getInternalReply().getMessage(),
                wire.getExternalReply() == null ? "" : wire.getExternalReply().getMessage());
    }

    static Duration duration(Instant start, Instant end) {
        Duration duration = new Duration();
        duration.setStartTime(utc(start));
        duration.setEndTime(utc(end));
        return duration;
    }

    private static ReplyBody reply(String message) {
        ReplyBody body = new ReplyBody();
        body.setMessage(message);
        return body;
    }

    private static XMLGregorianCalendar utc(Instant instant) {
        GregorianCalendar calendar = GregorianCalendar.from(instant.atZone(ZoneOffset.UTC));
        XMLGregorianCalendar time = DATATYPES.newXMLGregorianCalendar(calendar);
        time.setMillisecond(DatatypeConstants.FIELD_UNDEFINED);
        return time;
    }

    private static Instant instant(XMLGregorianCalendar time) {
        if (time == null) {
            return null;
        }
        XMLGregorianCalendar copy = (XMLGregorianCalendar) time.clone();
        if (copy.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
            copy.setTimezone(0);
        }
        return copy.toGregorianCalendar().toInstant();
    }
}
