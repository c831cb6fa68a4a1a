package io.fedemu.tenant.transport.tracking;

import io.fedemu.protocol.ews.types.ArrayOfStringsType;
import io.fedemu.protocol.ews.types.EmailAddressType;
import io.fedemu.protocol.ews.types.RecipientTrackingEventType;
import io.fedemu.protocol.tenant.MessageTrackingEvent;
import java.math.BigInteger;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.function.Predicate;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeConstants;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/** How a log event reads in a delivery report: Exchange's EventDescription and DeliveryStatus values. */
final class TrackingWire {
    private static final DatatypeFactory DATES;

    static {
        try {
            DATES = DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private TrackingWire() {}

    static XMLGregorianCalendar time(Instant instant) {
        return DATES.newXMLGregorianCalendar(GregorianCalendar.from(instant.atZone(ZoneOffset.UTC)));
    }

    /** A time of the request; one without an offset is read as UTC (fedemu choice, as for automatic replies). */
    static Instant instant(XMLGregorianCalendar time) {
        if (time == null) {
            return null;
        }
        if (time.getTimezone() == DatatypeConstants.FIELD_UNDEFINED) {
            return time.toGregorianCalendar(TimeZone.getTimeZone("UTC"), null, null)
                    .toInstant();
        }
        return time.toGregorianCalendar().toInstant();
    }

    static EmailAddressType address(String address) {
        EmailAddressType email = new EmailAddressType();
        email.setEmailAddress(address);
        email.setRoutingType("SMTP");
        return email;
    }

    static String address(EmailAddressType email) {
        return email == null
                        || email.getEmailAddress() == null
                        || email.getEmailAddress().isBlank()
                ? null
                : email.getEmailAddress().trim();
    }

    /**
     * One event for one recipient. {@code internalDomain} tells a hop inside the organization from one that left it
     * (TransferredToPartnerOrg when a relationship covers the domain, else TransferredToForeignOrg).
     */
    static RecipientTrackingEventType event(
            MessageTrackingEvent e,
            String recipient,
            Predicate<String> internalDomain,
            Predicate<String> partnerDomain) {
        RecipientTrackingEventType out = new RecipientTrackingEventType();
        out.setDate(time(e.timestamp()));
        out.setRecipient(address(recipient));
        out.setServer(e.serverHostname() == null || e.serverHostname().isBlank() ? "unknown" : e.serverHostname());
        out.setInternalId(BigInteger.valueOf(Math.max(0, e.internalMessageId())));
        String domain = recipient.substring(recipient.lastIndexOf('@') + 1);
        switch (TrackingEventId.of(e.eventId()).orElse(TrackingEventId.SUBMIT)) {
            case RECEIVE ->
                describe(
                        out,
                        "Pending",
                        e.connectorId() != null && e.connectorId().startsWith("Client") ? "Submitted" : "SmtpReceive",
                        e.connectorId());
            case SUBMIT -> describe(out, "Pending", "Submitted");
            case DELIVER -> describe(out, "Delivered", "Delivered");
            case SEND ->
                describe(
                        out,
                        internalDomain.test(domain) ? "Pending" : "Transferred",
                        internalDomain.test(domain)
                                ? "SmtpSend"
                                : partnerDomain.test(domain) ? "TransferredToPartnerOrg" : "TransferredToForeignOrg",
                        e.connectorId(),
                        e.recipientStatus().isEmpty() ? "" : e.recipientStatus().get(0));
            case FAIL ->
                describe(
                        out,
                        "Unsuccessful",
                        "FailedGeneral",
                        e.connectorId(),
                        e.recipientStatus().isEmpty() ? "" : e.recipientStatus().get(0),
                        e.reason() == null ? "" : "Reason: " + e.reason());
        }
        return out;
    }

    /** A delivery to a mailbox of an Exchange 2007 server: where the report stops (PROTOCOL.md section 19). */
    static RecipientTrackingEventType transferredToLegacy(MessageTrackingEvent e, String recipient, String server) {
        RecipientTrackingEventType out = event(e, recipient, d -> true, d -> false);
        describe(out, "Transferred", "TransferredToLegacyExchangeServer", server);
        return out;
    }

    private static void describe(RecipientTrackingEventType out, String status, String description, String... data) {
        out.setDeliveryStatus(status);
        out.setEventDescription(description);
        List<String> values = java.util.Arrays.stream(data)
                .filter(v -> v != null && !v.isBlank())
                .toList();
        if (!values.isEmpty()) {
            ArrayOfStringsType strings = new ArrayOfStringsType();
            strings.getString().addAll(values);
            out.setEventData(strings);
        }
    }
}
