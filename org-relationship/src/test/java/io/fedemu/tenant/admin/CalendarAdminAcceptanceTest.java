package io.fedemu.tenant.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.Json;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.client.http.JsonHttp.Reply;
import io.fedemu.protocol.gateway.Problem;
import io.fedemu.protocol.tenant.CalendarEventDto;
import io.fedemu.protocol.tenant.CalendarImport;
import io.fedemu.protocol.tenant.MailboxListing;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.runtime.transport.RoleServer;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.directory.DefaultPermission;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.RemoteMailbox;
import io.fedemu.tenant.directory.WorkingHours;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator keeps a tenant's calendars through its admin API over HTTPS: lists the mailboxes, creates,
 * replaces and deletes items, imports an Outlook .ics export. Every change is on disk (a new store over the same
 * folder sees it), and every refusal is a problem body naming the field or address and leaves the calendar as it was.
 */
class CalendarAdminAcceptanceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final String ALICE = "alice@contoso.com";
    private static final String BOB = "bob@contoso.com";

    @TempDir
    static Path state;

    static Path calendarsFolder;
    static CalendarStore store;
    static RoleServer server;
    static JsonHttp http;

    @BeforeAll
    static void start() {
        CertificateStore certificates = CertificateStore.in(state);
        CertificateAuthority ca = certificates.initAuthority(Clock.systemUTC());
        Directory directory = new Directory(
                Set.of("contoso.com"),
                List.of(
                        new Mailbox(
                                ALICE,
                                List.of("smtp:alice.smith@contoso.com"),
                                "Alice Smith",
                                "alice-secret-pw",
                                BERLIN,
                                WorkingHours.standard(BERLIN),
                                DefaultPermission.FREE_BUSY_TIME_AND_SUBJECT_AND_LOCATION),
                        new Mailbox(
                                BOB,
                                List.of(),
                                "Bob Jones",
                                "bob-secret-pw",
                                NEW_YORK,
                                WorkingHours.standard(NEW_YORK),
                                DefaultPermission.FREE_BUSY_TIME_ONLY)),
                List.of(new RemoteMailbox("carol@contoso.com", "Carol Cloud", "carol@contoso.mail.onmicrosoft.com")),
                List.of());
        calendarsFolder = state.resolve("tenants").resolve("contoso").resolve("calendars");
        store = new CalendarStore(calendarsFolder, Map.of());
        server = RoleServer.on("localhost", 0, certificates.tlsServer("tenant", List.of("localhost"), ca))
                .publishRest(
                        TenantAdminPaths.ADMIN,
                        TenantAdminApi.resources(directory, store),
                        TenantAdminApi.providers(Json.strict()));
        http = new JsonHttp(TrustBundles.clientContext(certificates.trustBundle()), Duration.ofSeconds(20));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void standardCalendars() {
        store.replace(
                ALICE,
                List.of(CalendarEvent.single(
                        "standup", berlin("2026-10-12T09:00"), berlin("2026-10-12T09:15"), BusyType.BUSY, "Standup")));
        store.replace(BOB, List.of());
    }

    @Test
    void listsMailboxesAndRemoteMailboxesButNeverPasswords() {
        Reply reply = http.get(admin(TenantAdminPaths.MAILBOXES));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("secret").doesNotContainIgnoringCase("password");
        MailboxListing listing = http.read(reply, MailboxListing.class);
        assertThat(listing.mailboxes())
                .extracting(m -> m.address() + " " + m.displayName() + " " + m.timeZone() + " " + m.defaultPermission()
                        + " " + m.database() + " " + m.server())
                .containsExactly(
                        // An organization written without servers: one 2013 server EX01 with one database DB01.
                        "alice@contoso.com Alice Smith Europe/Berlin FreeBusyTimeAndSubjectAndLocation DB01 EX01",
                        "bob@contoso.com Bob Jones America/New_York FreeBusyTimeOnly DB01 EX01");
        assertThat(listing.remoteMailboxes())
                .extracting(r -> r.address() + " -> " + r.targetAddress())
                .containsExactly("carol@contoso.com -> carol@contoso.mail.onmicrosoft.com");
    }

    @Test
    void createsAnItemWithAGeneratedUidInTheMailboxZoneAndPersistsIt() {
        Reply created = http.postJson(
                admin(TenantAdminPaths.events(BOB)),
                CalendarEventDto.busy(null, "2026-10-13T10:00", "2026-10-13T11:30", "Dentist"));

        assertThat(created.status()).isEqualTo(201);
        CalendarEventDto event = http.read(created, CalendarEventDto.class);
        assertThat(event.uid()).isNotBlank();
        assertThat(event.start()).isEqualTo("2026-10-13T10:00:00-04:00[America/New_York]");
        assertThat(event.timeZone()).isEqualTo("America/New_York");
        assertThat(event.busyType()).isEqualTo("Busy");
        Reply fetched = http.get(admin(TenantAdminPaths.events(BOB) + "/" + event.uid()));
        assertThat(http.read(fetched, CalendarEventDto.class)).isEqualTo(event);

        List<CalendarEvent> onDisk = reloaded(BOB);
        assertThat(onDisk).singleElement().satisfies(e -> {
            assertThat(e.uid()).isEqualTo(event.uid());
            assertThat(e.start().getZone()).isEqualTo(NEW_YORK);
            assertThat(e.subject()).isEqualTo("Dentist");
        });
    }

    @Test
    void thePostAnswersWhereTheNewItemLives() {
        Reply created = http.postJson(
                admin(TenantAdminPaths.events(BOB)),
                CalendarEventDto.busy("dentist-1", "2026-10-13T14:00:00Z", "2026-10-13T15:00:00Z", "Dentist"));

        HttpRequest request = HttpRequest.newBuilder(admin(TenantAdminPaths.events(BOB) + "/dentist-1"))
                .GET()
                .build();
        assertThat(created.status()).isEqualTo(201);
        assertThat(http.read(http.send(request), CalendarEventDto.class).start())
                .isEqualTo("2026-10-13T10:00:00-04:00[America/New_York]");
    }

    @Test
    void putCreatesThenReplacesARecurringItemThatKeepsItsLocalTimeAcrossDst() {
        CalendarEventDto weekly = new CalendarEventDto(
                null,
                "2026-10-12T09:00",
                "2026-10-12T10:00",
                "Europe/Berlin",
                false,
                "Tentative",
                "Weekly sync",
                "Room 4.12",
                false,
                true,
                true,
                "FREQ=WEEKLY;BYDAY=MO;COUNT=5",
                List.of(Instant.parse("2026-10-19T07:00:00Z")));

        Reply created = http.putJson(admin(TenantAdminPaths.events(ALICE) + "/weekly"), weekly);
        Reply replaced = http.putJson(
                admin(TenantAdminPaths.events("Alice.Smith@contoso.com") + "/weekly"),
                new CalendarEventDto(
                        "weekly",
                        weekly.start(),
                        weekly.end(),
                        weekly.timeZone(),
                        false,
                        "OOF",
                        "Weekly sync (private)",
                        "",
                        true,
                        true,
                        false,
                        weekly.rrule(),
                        weekly.exdates()));

        assertThat(created.status()).isEqualTo(201);
        assertThat(replaced.status()).isEqualTo(200);
        CalendarEventDto shown = http.read(replaced, CalendarEventDto.class);
        assertThat(shown.busyType()).isEqualTo("OOF");
        assertThat(shown.isPrivate()).isTrue();
        assertThat(replaced.body()).contains("\"isPrivate\":true", "\"isMeeting\":true", "\"isReminderSet\":false");
        assertThat(shown.rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=MO;COUNT=5");
        assertThat(shown.exdates()).containsExactly(Instant.parse("2026-10-19T07:00:00Z"));

        CalendarEvent onDisk = reloaded(ALICE).stream()
                .filter(e -> e.uid().equals("weekly"))
                .findFirst()
                .orElseThrow();
        assertThat(onDisk.busyType()).isEqualTo(BusyType.OOF);
        assertThat(onDisk.start()).isEqualTo(berlin("2026-10-12T09:00"));
        assertThat(onDisk.recurrence().exceptionDates()).containsExactly(Instant.parse("2026-10-19T07:00:00Z"));
        assertThat(reloaded(ALICE)).hasSize(2);
    }

    @Test
    void deletesAnItemAndASecondDeleteIsNotFound() {
        Reply deleted = http.delete(admin(TenantAdminPaths.events(ALICE) + "/standup"));
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(reloaded(ALICE)).isEmpty();

        Reply again = http.delete(admin(TenantAdminPaths.events(ALICE) + "/standup"));
        assertProblem(again, 404, "EVENT_NOT_FOUND", "the calendar of alice@contoso.com has no item standup");
    }

    @Test
    void importsAnOutlookExportReplacingTheWholeCalendar() throws Exception {
        Reply imported = putIcs(ALICE, resource("/calendars/bob.ics"));

        assertThat(imported.status()).isEqualTo(200);
        assertThat(http.read(imported, CalendarImport.class)).isEqualTo(new CalendarImport(ALICE, 4));
        List<CalendarEventDto> events =
                List.of(http.read(http.get(admin(TenantAdminPaths.events(ALICE))), CalendarEventDto[].class));
        assertThat(events)
                .extracting(CalendarEventDto::uid)
                .containsExactly("weekly-sync", "doctor", "focus", "vacation");
        assertThat(events.get(0).timeZone()).isEqualTo("Europe/Berlin");
        assertThat(events.get(0).exdates()).containsExactly(Instant.parse("2026-10-19T07:00:00Z"));
        assertThat(events.get(3).allDay()).isTrue();
        assertThat(events.get(3).busyType()).isEqualTo("OOF");
        assertThat(reloaded(ALICE))
                .extracting(CalendarEvent::uid)
                .containsExactlyInAnyOrder("weekly-sync", "doctor", "focus", "vacation");
    }

    @Test
    void aRemoteMailboxHasNoCalendarHere() {
        assertRefusedAndUnchanged(
                () -> http.get(admin(TenantAdminPaths.events("carol@contoso.com"))),
                404,
                "MAILBOX_NOT_FOUND",
                "carol@contoso.com is a remote mailbox (targetAddress " + "carol@contoso.mail.onmicrosoft.com)");
        assertRefusedAndUnchanged(
                () -> http.postJson(
                        admin(TenantAdminPaths.events("nobody@contoso.com")),
                        CalendarEventDto.busy(null, "2026-10-13T10:00", "2026-10-13T11:00", "x")),
                404,
                "MAILBOX_NOT_FOUND",
                "no mailbox has the address nobody@contoso.com");
    }

    @Test
    void anInvalidItemIsRefusedNamingTheField() {
        URI events = admin(TenantAdminPaths.events(ALICE));
        assertRefusedAndUnchanged(
                () -> http.postJson(
                        events, CalendarEventDto.busy(null, "2026-10-13T10:00", "2026-10-13T09:00", "Backwards")),
                400,
                "EVENT_INVALID",
                "end: the item ends");
        assertRefusedAndUnchanged(
                () -> http.postJson(events, item("Busyish", null, null)),
                400,
                "EVENT_INVALID",
                "busyType: 'Busyish' is not one of Free, Tentative, Busy, OOF, WorkingElsewhere");
        assertRefusedAndUnchanged(
                () -> http.postJson(events, item("Busy", "FREQ=FORTNIGHTLY", null)),
                400,
                "EVENT_INVALID",
                "rrule: 'FREQ=FORTNIGHTLY' is not an RFC 5545 RRULE: Invalid value FORTNIGHTLY");
        assertRefusedAndUnchanged(
                () -> http.postJson(events, item("Busy", "FREQ=MINUTELY", null)),
                400,
                "EVENT_INVALID",
                "rrule: 'FREQ=MINUTELY' has FREQ=MINUTELY, not a pattern Exchange supports");
        assertRefusedAndUnchanged(
                () -> http.postJson(events, item("Busy", null, "Mars/Olympus_Mons")),
                400,
                "EVENT_INVALID",
                "timeZone: 'Mars/Olympus_Mons' is not a time zone id");
        assertRefusedAndUnchanged(
                () -> http.postJson(events, CalendarEventDto.busy(null, "next tuesday", "2026-10-13T11:00", "Vague")),
                400,
                "EVENT_INVALID",
                "start: 'next tuesday' is not an ISO-8601 date-time");
        assertRefusedAndUnchanged(
                () -> http.postJson(
                        events, CalendarEventDto.busy("standup", "2026-10-13T10:00", "2026-10-13T11:00", "Same uid")),
                400,
                "EVENT_INVALID",
                "uid: the calendar of alice@contoso.com already has an item standup");
        assertRefusedAndUnchanged(
                () -> http.putJson(
                        admin(TenantAdminPaths.events(ALICE) + "/standup"),
                        CalendarEventDto.busy("other", "2026-10-13T10:00", "2026-10-13T11:00", "Mismatch")),
                400,
                "EVENT_INVALID",
                "uid: the body names other but the path names standup");
    }

    @Test
    void unreadableJsonIsRefusedNamingTheField() {
        String typo = "{\"start\":\"2026-10-13T10:00\",\"end\":\"2026-10-13T11:00\",\"subjekt\":\"Typo\"}";
        assertRefusedAndUnchanged(
                () -> http.send(HttpRequest.newBuilder(admin(TenantAdminPaths.events(ALICE)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(typo))
                        .build()),
                400,
                "REQUEST_INVALID",
                "the JSON body cannot be read: [\"subjekt\"]");
    }

    @Test
    void aMalformedOrOversizedIcsFileChangesNothing() {
        assertRefusedAndUnchanged(
                () -> putIcs(ALICE, "BEGIN:VCALENDAR\nnonsense"),
                400,
                "CALENDAR_FILE_INVALID",
                "not a readable iCalendar file");
        String backwards = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:b\r\n"
                + "DTSTART:20261013T100000Z\r\nDTEND:20261013T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assertRefusedAndUnchanged(() -> putIcs(ALICE, backwards), 400, "CALENDAR_FILE_INVALID", "event b ends");
        String huge = "BEGIN:VCALENDAR\r\n" + "X-PADDING:" + "x".repeat((int) TenantAdminApi.MAX_BODY_BYTES) + "\r\n";
        assertRefusedAndUnchanged(() -> putIcs(ALICE, huge), 413, "BODY_TOO_LARGE", "at most 1048576 bytes");
    }

    /** Issue 12: a 300-byte file with FREQ=SECONDLY once took the emulator to gigabytes; now it is refused whole. */
    @Test
    void aRecurrenceStormIcsIsRefusedNamingTheRule() {
        String storm = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:storm\r\n"
                + "DTSTAMP:20261001T000000Z\r\nDTSTART:20261001T000000Z\r\nDTEND:20261001T000001Z\r\n"
                + "RRULE:FREQ=SECONDLY\r\nSUMMARY:storm\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assertRefusedAndUnchanged(
                () -> putIcs(ALICE, storm),
                400,
                "CALENDAR_FILE_INVALID",
                "VEVENT storm: RRULE 'FREQ=SECONDLY' has FREQ=SECONDLY, not a pattern Exchange supports");
        String hourly = storm.replace("RRULE:FREQ=SECONDLY", "RRULE:FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11");
        assertRefusedAndUnchanged(
                () -> putIcs(ALICE, hourly),
                400,
                "CALENDAR_FILE_INVALID",
                "VEVENT storm: RRULE 'FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11' uses BYHOUR");
        assertRefusedAndUnchanged(
                () -> http.postJson(admin(TenantAdminPaths.events(ALICE)), item("Busy", "FREQ=SECONDLY", null)),
                400,
                "EVENT_INVALID",
                "rrule: 'FREQ=SECONDLY' has FREQ=SECONDLY, not a pattern Exchange supports");
    }

    private static CalendarEventDto item(String busyType, String rrule, String timeZone) {
        return new CalendarEventDto(
                null,
                "2026-10-13T10:00",
                "2026-10-13T11:00",
                timeZone,
                false,
                busyType,
                "Item",
                null,
                false,
                false,
                false,
                rrule,
                null);
    }

    private static void assertRefusedAndUnchanged(
            java.util.function.Supplier<Reply> call, int status, String reason, String detail) {
        try {
            String fileBefore = Files.readString(calendarsFolder.resolve(ALICE + ".json"));
            List<CalendarEvent> before = store.events(ALICE);

            assertProblem(call.get(), status, reason, detail);

            assertThat(store.events(ALICE)).isEqualTo(before);
            assertThat(Files.readString(calendarsFolder.resolve(ALICE + ".json")))
                    .isEqualTo(fileBefore);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertProblem(Reply reply, int status, String reason, String detail) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(Problem.MEDIA_TYPE);
        Problem problem = http.read(reply, Problem.class);
        assertThat(problem.reason()).isEqualTo(reason);
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.detail()).contains(detail);
    }

    private static Reply putIcs(String address, String ics) {
        return http.send(HttpRequest.newBuilder(admin(TenantAdminPaths.calendar(address)))
                .header("Content-Type", TenantAdminPaths.TEXT_CALENDAR)
                .header("Accept", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(ics))
                .build());
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = CalendarAdminAcceptanceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static List<CalendarEvent> reloaded(String address) {
        return new CalendarStore(calendarsFolder, Map.of()).events(address);
    }

    private static URI admin(String path) {
        return server.address().resolve(TenantAdminPaths.ADMIN + path);
    }

    private static java.time.ZonedDateTime berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN);
    }
}
