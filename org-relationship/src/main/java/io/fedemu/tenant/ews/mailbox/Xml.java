package io.fedemu.tenant.ews.mailbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.Duration;
import javax.xml.datatype.XMLGregorianCalendar;

/** The XML Schema values these answers write, in the lexical forms Exchange writes them. */
final class Xml {
    private static final DatatypeFactory DATATYPES = datatypes();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private Xml() {}

    /** An xs:duration of whole seconds as Exchange writes a bias or a time of day: PT5H, -PT5H30M, PT0H. */
    static Duration duration(long seconds) {
        long magnitude = Math.abs(seconds);
        long hours = magnitude / 3600;
        long minutes = magnitude % 3600 / 60;
        long rest = magnitude % 60;
        StringBuilder text = new StringBuilder(seconds < 0 ? "-PT" : "PT");
        if (hours > 0 || (minutes == 0 && rest == 0)) {
            text.append(hours).append('H');
        }
        if (minutes > 0) {
            text.append(minutes).append('M');
        }
        if (rest > 0) {
            text.append(rest).append('S');
        }
        return DATATYPES.newDuration(text.toString());
    }

    /** An xs:dateTime without a zone: a wall-clock time, as in a time zone's AbsoluteDateTransition. */
    static XMLGregorianCalendar localDateTime(LocalDateTime time) {
        return DATATYPES.newXMLGregorianCalendar(LOCAL.format(time));
    }

    /** An xs:dateTime in UTC with its Z, as Exchange writes an item's times. */
    static XMLGregorianCalendar utc(Instant instant) {
        return DATATYPES.newXMLGregorianCalendar(LOCAL.format(instant.atOffset(ZoneOffset.UTC)) + "Z");
    }

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("the JDK has no XML datatype factory", e);
        }
    }
}
