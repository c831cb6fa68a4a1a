package io.fedemu.emulator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import microsoft.exchange.webservices.data.core.ExchangeServerInfo;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.availability.AvailabilityData;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import microsoft.exchange.webservices.data.credential.WebCredentials;
import microsoft.exchange.webservices.data.misc.availability.AttendeeInfo;
import microsoft.exchange.webservices.data.misc.availability.AvailabilityOptions;
import microsoft.exchange.webservices.data.misc.availability.TimeWindow;

/** An end user in a real EWS client (the EWS Java API) asking free/busy for Monday 2026-11-30. */
final class EwsUser {
    private final Path trustBundle;
    private final java.net.URI ews;
    private final String address;
    private final String password;
    private final ExchangeVersion version;
    private volatile ExchangeServerInfo serverInfo;

    EwsUser(Path trustBundle, java.net.URI ews, String address, String password) {
        this(trustBundle, ews, address, password, ExchangeVersion.Exchange2010_SP2);
    }

    /** A client set to {@code version}: Exchange2007_SP1 for an Exchange 2007 server, as its users' Outlook asks. */
    EwsUser(Path trustBundle, java.net.URI ews, String address, String password, ExchangeVersion version) {
        this.trustBundle = trustBundle;
        this.ews = ews;
        this.address = address;
        this.password = password;
        this.version = version;
    }

    /** The ServerVersionInfo of the last answer, as the EWS Java API read it. */
    ExchangeServerInfo serverInfo() {
        return serverInfo;
    }

    /**
     * The EWS Java API reads and writes times in the JVM's default zone; the call runs with UTC as the
     * default (and restores it after), so answers can be compared with UTC instants wherever the build runs.
     */
    List<AttendeeAvailability> monday(FreeBusyViewType view, String... attendees) throws Exception {
        List<AttendeeInfo> infos = new ArrayList<>();
        for (String attendee : attendees) {
            infos.add(new AttendeeInfo(attendee));
        }
        return monday(view, infos);
    }

    /** The same with each attendee's AttendeeType and ExcludeConflicts as the caller sets them. */
    List<AttendeeAvailability> monday(FreeBusyViewType view, List<AttendeeInfo> attendees) throws Exception {
        java.util.TimeZone jvmZone = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("UTC"));
        try {
            return ask(view, attendees);
        } finally {
            java.util.TimeZone.setDefault(jvmZone);
        }
    }

    private List<AttendeeAvailability> ask(FreeBusyViewType view, List<AttendeeInfo> infos) throws Exception {
        try (ExchangeService service = TrustingExchangeService.trusting(trustBundle, version)) {
            service.setCredentials(new WebCredentials(address, password));
            service.setUrl(ews);
            AvailabilityOptions options = new AvailabilityOptions();
            options.setRequestedFreeBusyView(view);
            options.setMergedFreeBusyInterval(60);
            List<AttendeeAvailability> answers = new ArrayList<>();
            service.getUserAvailability(
                            infos,
                            new TimeWindow(
                                    Date.from(Instant.parse("2026-11-30T00:00:00Z")),
                                    Date.from(Instant.parse("2026-12-01T00:00:00Z"))),
                            AvailabilityData.FreeBusy,
                            options)
                    .getAttendeesAvailability()
                    .forEach(answers::add);
            serverInfo = service.getServerInfo();
            return answers;
        }
    }
}
