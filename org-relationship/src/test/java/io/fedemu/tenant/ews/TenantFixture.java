package io.fedemu.tenant.ews;

import io.fedemu.certs.TrustBundles;
import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.TenantDefinition;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.directory.DefaultPermission;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.RemoteMailbox;
import io.fedemu.tenant.directory.WorkingHours;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * contoso on-premises with a known week (Monday 2026-11-30, Europe/London, which is UTC in winter):
 * carol shares subjects and locations, alice only times, dave nothing; bob lives in the cloud.
 */
final class TenantFixture implements AutoCloseable {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String ALICE = "alice@contoso.com";
    static final String CAROL = "carol@contoso.com";
    static final String DAVE = "dave@contoso.com";
    static final String BOB = "bob@contoso.com";
    static final String PASSWORD = "Passw0rd!";

    final Tenant tenant;
    final SSLContext tls;
    final Path trustBundle;

    TenantFixture(Path state) {
        Directory directory = new Directory(
                Set.of("contoso.com"),
                List.of(
                        mailbox(ALICE, "Alice Wilson", DefaultPermission.FREE_BUSY_TIME_ONLY),
                        mailbox(CAROL, "Carol Diaz", DefaultPermission.FREE_BUSY_TIME_AND_SUBJECT_AND_LOCATION),
                        mailbox(DAVE, "Dave Hidden", DefaultPermission.NONE)),
                List.of(new RemoteMailbox(BOB, "Bob Kelly", "bob@contoso.mail.onmicrosoft.com")),
                List.of());
        Map<String, List<CalendarEvent>> calendars = Map.of(
                CAROL,
                        List.of(
                                event(
                                        "carol-1",
                                        "2026-11-30T10:00",
                                        "2026-11-30T11:00",
                                        BusyType.BUSY,
                                        "Design review",
                                        "Room 1",
                                        false),
                                event(
                                        "carol-2",
                                        "2026-11-30T14:00",
                                        "2026-11-30T15:30",
                                        BusyType.TENTATIVE,
                                        "Hold: vendor call",
                                        "Teams",
                                        false),
                                event(
                                        "carol-3",
                                        "2026-12-01T09:00",
                                        "2026-12-01T10:00",
                                        BusyType.BUSY,
                                        "Doctor",
                                        "Clinic",
                                        true),
                                event(
                                        "carol-4",
                                        "2026-12-02T00:00",
                                        "2026-12-03T00:00",
                                        BusyType.OOF,
                                        "Offsite",
                                        "",
                                        false)),
                ALICE,
                        List.of(event(
                                "alice-1",
                                "2026-11-30T09:00",
                                "2026-11-30T09:30",
                                BusyType.BUSY,
                                "Standup",
                                "Teams",
                                false)),
                DAVE,
                        List.of(event(
                                "dave-1",
                                "2026-11-30T09:00",
                                "2026-11-30T17:00",
                                BusyType.BUSY,
                                "Secret",
                                "Nowhere",
                                false)));
        TenantDefinition definition = new TenantDefinition(
                "contoso-onprem",
                OrganizationKind.ON_PREMISES,
                List.of("contoso.com"),
                "FYDIBOHF25SPDLT.contoso.com",
                List.of("mail.contoso.com"),
                "Exchange2013",
                directory,
                calendars);
        this.tenant = Tenant.start(definition, Tenant.Options.in(state));
        this.trustBundle = state.resolve("certs/ca.pem");
        this.tls = TrustBundles.clientContext(trustBundle);
    }

    static Mailbox mailbox(String address, String name, DefaultPermission permission) {
        return new Mailbox(address, List.of(), name, PASSWORD, LONDON, WorkingHours.standard(LONDON), permission);
    }

    static CalendarEvent event(
            String uid, String start, String end, BusyType type, String subject, String location, boolean isPrivate) {
        return new CalendarEvent(
                uid,
                ZonedDateTime.of(java.time.LocalDateTime.parse(start), LONDON),
                ZonedDateTime.of(java.time.LocalDateTime.parse(end), LONDON),
                false,
                type,
                subject,
                location,
                isPrivate,
                false,
                false,
                null);
    }

    @Override
    public void close() {
        tenant.close();
    }
}
