package io.fedemu.junit;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.availability.AvailabilityData;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.availability.AttendeeInfo;
import microsoft.exchange.webservices.data.misc.availability.TimeWindow;

/**
 * The unmodified EWS Java API as a consumer project uses it: no trust configured on it at all, so it works
 * only through the JVM's defaults ({@link FederationExtension#trustEmulatorCa()}) or over plain HTTP.
 */
final class EwsJavaApi {
    private EwsJavaApi() {}

    /** The error code (NoError when it worked) of {@code attendee}'s free/busy answer for Monday 2026-11-30, asked as {@code user}. */
    static ServiceError freeBusy(URI ews, String user, String password, String attendee) throws Exception {
        try (ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2)) {
            service.setCredentials(new WebCredentials(user, password));
            service.setUrl(ews);
            return service.getUserAvailability(
                            List.of(new AttendeeInfo(attendee)),
                            new TimeWindow(
                                    Date.from(Instant.parse("2026-11-30T00:00:00Z")),
                                    Date.from(Instant.parse("2026-12-01T00:00:00Z"))),
                            AvailabilityData.FreeBusy)
                    .getAttendeesAvailability()
                    .getResponseAtIndex(0)
                    .getErrorCode();
        }
    }
}
