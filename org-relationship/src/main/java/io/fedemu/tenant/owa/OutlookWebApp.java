package io.fedemu.tenant.owa;

import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.calendar.Occurrence;
import io.fedemu.tenant.calendar.RecurrenceExpander;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.Recipient;
import io.fedemu.tenant.directory.RemoteMailbox;
import io.fedemu.tenant.relationship.RelationshipStore;
import io.fedemu.tenant.servers.OrganizationServers;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code /owa} of one organization (or of one Exchange 2007 server): forms-based sign-in as Exchange's FBA does it
 * (the form posts to {@code /owa/auth.owa}; wrong credentials go back to {@code logon.aspx?reason=2}), a session
 * cookie, sign-out at {@code /owa/logoff.owa}, then the user's destination ({@link OwaDestination}). Every form
 * carries a CSRF token ("canary", OWA's name for it); a post from another origin is refused.
 */
@Path("/")
public final class OutlookWebApp {
    public static final String PATH = "/owa";

    private static final String LOGON = PATH + "/auth/logon.aspx?replaceCurrent=1";
    private static final int MAX_ATTENDEES = 20;
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** What one Outlook Web App reads: the organization's directory, calendars, relationships and servers. */
    public record Organization(
            String name,
            Directory directory,
            CalendarStore calendars,
            RelationshipStore relationships,
            OrganizationServers servers,
            Clock clock,
            boolean https) {}

    private final Organization organization;
    /** Null for the organization's OWA; an Exchange 2007 server's name for that server's own. */
    private final String legacyServer;

    private final Function<String, Optional<URI>> legacyOwa;
    private final FreeBusyLookup freeBusy;
    private final OwaSessions sessions;
    private final String sessionCookie;
    private final String canaryCookie;

    private OutlookWebApp(
            Organization organization,
            String legacyServer,
            Function<String, Optional<URI>> legacyOwa,
            Supplier<AvailabilityClient> ews) {
        this.organization = organization;
        this.legacyServer = legacyServer;
        this.legacyOwa = legacyOwa;
        this.freeBusy = ews == null ? null : new FreeBusyLookup(ews);
        this.sessions = new OwaSessions(organization.clock());
        // Cookies ignore ports and every role listens on loopback: each OWA names its cookies after itself so the
        // on-premises and cloud sessions (and the 2007 server's) do not overwrite each other.
        String suffix = (organization.name() + (legacyServer == null ? "" : "." + legacyServer))
                .replaceAll("[^A-Za-z0-9_.-]", "_");
        this.sessionCookie = "cadata." + suffix;
        this.canaryCookie = "canary." + suffix;
    }

    /**
     * The organization's Outlook Web App, on its namespace (every Client Access server).
     *
     * @param legacyOwa an Exchange 2007 server's OWA URL by its name
     * @param ews the organization's own EWS URL, asked as the signed-in user for the scheduling page
     * @param trust the emulator CA (null on plain HTTP)
     */
    public static OutlookWebApp organization(
            Organization organization,
            Function<String, Optional<URI>> legacyOwa,
            URI ews,
            javax.net.ssl.SSLContext trust) {
        return new OutlookWebApp(organization, null, legacyOwa, new LazyClient(ews, trust));
    }

    /** The EWS client, made on the first scheduling request: most runs never open the page. */
    private static final class LazyClient implements Supplier<AvailabilityClient> {
        private final URI ews;
        private final javax.net.ssl.SSLContext trust;
        private AvailabilityClient client;

        LazyClient(URI ews, javax.net.ssl.SSLContext trust) {
            this.ews = ews;
            this.trust = trust;
        }

        @Override
        public synchronized AvailabilityClient get() {
            if (client == null) {
                client = new AvailabilityClient(
                        org.apache.cxf.BusFactory.newInstance().createBus(),
                        ews,
                        trust,
                        java.time.Duration.ofSeconds(15),
                        true);
            }
            return client;
        }
    }

    /** An Exchange 2007 Client Access server's own OWA: its mailboxes sign in again here; no scheduling page. */
    public static OutlookWebApp exchange2007(Organization organization, String server) {
        return new OutlookWebApp(organization, server, name -> Optional.empty(), null);
    }

    // ---- sign-in -------------------------------------------------------------------------------------------

    @GET
    @Path("/auth/logon.aspx")
    public Response logon(@QueryParam("reason") String reason, @Context HttpHeaders headers) {
        String canary = cookie(headers, canaryCookie).orElseGet(OwaSessions::randomToken);
        Map<String, Object> page = page("Sign in");
        page.put("canary", canary);
        page.put("destination", PATH + "/");
        page.put("wrongCredentials", "2".equals(reason));
        page.put("signedOut", "logoff".equals(reason));
        page.put("organization", organization.name());
        page.put("server", legacyServer);
        return html(200, "logon", page)
                .header("Set-Cookie", cookieHeader(canaryCookie, canary, "Strict"))
                .build();
    }

    @POST
    @Path("/auth.owa")
    public Response signIn(
            @HeaderParam("Content-Type") String contentType, @Context HttpHeaders headers, InputStream body) {
        return posted(contentType, headers, body, form -> {
            String expected = cookie(headers, canaryCookie).orElse(null);
            requireCanary(form, expected);
            String username = form.required("username").trim();
            String password = form.required("password");
            Optional<Recipient> user = authenticate(username, password);
            if (user.isEmpty()) {
                // As Exchange's FBA: back to the sign-in page with reason=2; nothing changes.
                return Response.status(302)
                        .header("Location", LOGON + "&reason=2")
                        .build();
            }
            Optional<OwaSessions.Session> session = sessions.open(user.get().address(), password);
            if (session.isEmpty()) {
                return refusal(503, "too many users are signed in to this Outlook Web App; try again later");
            }
            return Response.status(302)
                    .header("Location", PATH + "/")
                    .header(
                            "Set-Cookie",
                            cookieHeader(sessionCookie, session.get().id(), "Lax"))
                    .build();
        });
    }

    @POST
    @Path("/logoff.owa")
    public Response signOut(
            @HeaderParam("Content-Type") String contentType, @Context HttpHeaders headers, InputStream body) {
        return posted(contentType, headers, body, form -> {
            Optional<OwaSessions.Session> session = session(headers);
            if (session.isEmpty()) {
                return toLogon();
            }
            requireCanary(form, session.get().csrfToken());
            sessions.close(session.get().id());
            return Response.status(302)
                    .header("Location", LOGON + "&reason=logoff")
                    .header(
                            "Set-Cookie",
                            sessionCookie + "=; Path=" + PATH + "; Max-Age=0; HttpOnly"
                                    + (organization.https() ? "; Secure" : "") + "; SameSite=Lax")
                    .build();
        });
    }

    // ---- the user's destination ----------------------------------------------------------------------------

    @GET
    public Response home(@QueryParam("week") String week, @Context HttpHeaders headers) {
        Optional<OwaSessions.Session> session = session(headers);
        if (session.isEmpty()) {
            return toLogon();
        }
        Recipient user = organization.directory().lookup(session.get().address());
        if (user == null) {
            sessions.close(session.get().id());
            return toLogon();
        }
        OwaDestination destination = legacyServer != null
                ? new OwaDestination.Here((Mailbox) user)
                : OwaDestination.of(user, organization.servers(), organization.relationships(), legacyOwa);
        Map<String, Object> page = signedIn("Outlook Web App", session.get(), user);
        if (destination instanceof OwaDestination.Legacy legacy) {
            // HTTP 302 to the 2007 server's OWA: the user signs in again there (no single sign-on to 2007).
            return Response.status(302)
                    .header("Location", legacy.owaUrl().toString())
                    .build();
        }
        if (destination instanceof OwaDestination.CloudLink link) {
            page.put("targetOwaUrl", link.targetOwaUrl().toString());
            page.put("targetAddress", link.user().targetAddress());
            return html(200, "cloudlink", page).build();
        }
        if (destination instanceof OwaDestination.OutOfDate stale) {
            page.put("owaUrl", ownUrl(headers));
            page.put("targetAddress", stale.user().targetAddress());
            page.put("targetDomain", stale.user().targetDomain());
            page.put("written", stale.targetOwaUrl());
            return html(200, "outofdate", page).build();
        }
        return week(page, ((OwaDestination.Here) destination).mailbox(), week);
    }

    private Response week(Map<String, Object> page, Mailbox mailbox, String week) {
        if (legacyServer != null && !legacyServer.equalsIgnoreCase(homeServer(mailbox))) {
            return html(200, "notHere", page).build();
        }
        ZoneId zone = mailbox.timeZone();
        LocalDate day;
        try {
            day = week == null || week.isBlank()
                    ? LocalDate.now(organization.clock().withZone(zone))
                    : day(week);
        } catch (DateTimeParseException e) {
            return refusal(400, "the week '" + week + "' is not a date (yyyy-MM-dd)");
        }
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Occurrence> occurrences = new RecurrenceExpander()
                .expand(
                        organization.calendars().events(mailbox.address()),
                        monday.atStartOfDay(zone).toInstant(),
                        monday.plusDays(7).atStartOfDay(zone).toInstant(),
                        1_000);
        List<Map<String, Object>> days = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            LocalDate date = monday.plusDays(d);
            List<Map<String, Object>> events = new ArrayList<>();
            for (Occurrence occurrence : occurrences) {
                var start = occurrence.start().withZoneSameInstant(zone);
                var end = occurrence.end().withZoneSameInstant(zone);
                var dayStart = date.atStartOfDay(zone);
                var dayEnd = date.plusDays(1).atStartOfDay(zone);
                boolean overlaps = start.isBefore(dayEnd)
                        && (end.isAfter(dayStart) || (end.equals(start) && !start.isBefore(dayStart)));
                if (overlaps) {
                    Map<String, Object> event = new HashMap<>();
                    event.put("start", occurrence.item().allDay() ? "all day" : start.format(TIME));
                    event.put("end", occurrence.item().allDay() ? "" : end.format(TIME));
                    event.put("subject", occurrence.item().subject());
                    event.put("location", occurrence.item().location());
                    event.put("busyType", occurrence.item().busyType().toString());
                    events.add(event);
                }
            }
            days.add(Map.of("label", date.format(DAY_LABEL), "events", events));
        }
        page.put("weekStart", monday.toString());
        page.put("previousWeek", monday.minusWeeks(1).toString());
        page.put("nextWeek", monday.plusWeeks(1).toString());
        page.put("timeZone", zone.getId());
        page.put("days", days);
        page.put("scheduling", freeBusy != null);
        page.put("server", organization.servers().implicit() ? null : homeServer(mailbox));
        return html(200, "calendar", page).build();
    }

    // ---- scheduling ----------------------------------------------------------------------------------------

    @GET
    @Path("/scheduling")
    public Response scheduling(@Context HttpHeaders headers) {
        Optional<Mailbox> mailbox = servedMailbox(headers);
        if (mailbox.isEmpty()) {
            return freeBusy == null ? refusal(404, "this server has no scheduling assistant") : toLogon();
        }
        Map<String, Object> page =
                signedIn("Scheduling assistant", session(headers).orElseThrow(), mailbox.get());
        page.put(
                "date",
                LocalDate.now(organization.clock().withZone(mailbox.get().timeZone()))
                        .toString());
        return html(200, "scheduling", page).build();
    }

    @POST
    @Path("/scheduling")
    public Response schedule(
            @HeaderParam("Content-Type") String contentType, @Context HttpHeaders headers, InputStream body) {
        return posted(contentType, headers, body, form -> {
            Optional<OwaSessions.Session> session = session(headers);
            Optional<Mailbox> mailbox = servedMailbox(headers);
            if (session.isEmpty() || mailbox.isEmpty()) {
                return freeBusy == null ? refusal(404, "this server has no scheduling assistant") : toLogon();
            }
            requireCanary(form, session.get().csrfToken());
            List<String> attendees = attendees(form.required("attendees"));
            LocalDate date;
            try {
                date = day(form.required("date"));
            } catch (DateTimeParseException e) {
                throw new OwaForm.Refusal(
                        400, "the day '" + form.fields().get("date") + "' is not a date (yyyy-MM-dd)");
            }
            ZoneId zone = mailbox.get().timeZone();
            Map<String, Object> page = signedIn("Scheduling assistant", session.get(), mailbox.get());
            page.put("attendees", String.join(", ", attendees));
            page.put("date", date.toString());
            page.put("timeZone", zone.getId());
            page.put("asked", true);
            page.put("rows", freeBusy.ask(session.get().address(), session.get().password(), attendees, date, zone));
            return html(200, "scheduling", page).build();
        });
    }

    /** A day of the years 1 to 9999, as EWS takes them; anything else is not a date here. */
    private static LocalDate day(String written) {
        LocalDate day = LocalDate.parse(written.trim());
        if (day.getYear() < 1 || day.getYear() > 9998) {
            throw new DateTimeParseException("out of range", written, 0);
        }
        return day;
    }

    private static List<String> attendees(String written) throws OwaForm.Refusal {
        List<String> attendees = new ArrayList<>();
        for (String part : written.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            if (!part.matches("[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]+") || part.length() > 256) {
                throw new OwaForm.Refusal(400, "'" + part + "' is not an email address");
            }
            if (attendees.size() == MAX_ATTENDEES) {
                throw new OwaForm.Refusal(400, "at most " + MAX_ATTENDEES + " attendees can be asked at once");
            }
            attendees.add(part);
        }
        if (attendees.isEmpty()) {
            throw new OwaForm.Refusal(400, "the form names no attendee");
        }
        return attendees;
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    /** What a POST does with its form; a refusal it throws becomes the 4xx page. */
    private interface FormHandler {
        Response handle(OwaForm form) throws OwaForm.Refusal;
    }

    private Response posted(String contentType, HttpHeaders headers, InputStream body, FormHandler handler) {
        try {
            return handler.handle(readPost(contentType, headers, body));
        } catch (OwaForm.Refusal refused) {
            return refusal(refused.status(), refused.getMessage());
        }
    }

    /** A post must come from this origin (Origin, Sec-Fetch-Site) and be a bounded HTML form. */
    private OwaForm readPost(String contentType, HttpHeaders headers, InputStream body) throws OwaForm.Refusal {
        String origin = headers.getHeaderString("Origin");
        String host = headers.getHeaderString("Host");
        if (origin != null && !"null".equals(origin)) {
            String authority;
            try {
                authority = new URI(origin).getAuthority();
            } catch (java.net.URISyntaxException e) {
                throw new OwaForm.Refusal(403, "the form was posted from an origin that is not a URL");
            }
            if (host == null || authority == null || !authority.equalsIgnoreCase(host)) {
                throw new OwaForm.Refusal(403, "the form was posted from another origin (" + origin + ")");
            }
        } else if ("null".equals(origin)) {
            throw new OwaForm.Refusal(403, "the form was posted from an opaque origin");
        }
        if ("cross-site".equalsIgnoreCase(headers.getHeaderString("Sec-Fetch-Site"))) {
            throw new OwaForm.Refusal(403, "the form was posted from another site");
        }
        String length = headers.getHeaderString("Content-Length");
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > OwaForm.MAX_BYTES) {
                    throw new OwaForm.Refusal(413, "the form is larger than " + OwaForm.MAX_BYTES + " bytes");
                }
            } catch (NumberFormatException e) {
                throw new OwaForm.Refusal(400, "Content-Length is not a number");
            }
        }
        return OwaForm.read(contentType, body);
    }

    private static void requireCanary(OwaForm form, String expected) throws OwaForm.Refusal {
        String given = form.fields().get("canary");
        if (given == null || given.isEmpty()) {
            throw new OwaForm.Refusal(403, "the form has no CSRF token (canary); reload the page and try again");
        }
        if (expected == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
            throw new OwaForm.Refusal(
                    403, "the form's CSRF token (canary) is not this session's; reload the page and try again");
        }
    }

    /** A mailbox with its password, or a remote mailbox whose synchronized account has one. */
    private Optional<Recipient> authenticate(String username, String password) {
        Recipient user = organization.directory().lookup(username);
        String expected = user instanceof Mailbox mailbox
                ? mailbox.password()
                : user instanceof RemoteMailbox remote ? remote.password() : null;
        if (expected == null
                || !MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        if (legacyServer != null && user instanceof RemoteMailbox) {
            return Optional.empty(); // an Exchange 2007 server serves mailboxes only
        }
        return Optional.of(user);
    }

    private Optional<OwaSessions.Session> session(HttpHeaders headers) {
        return sessions.find(cookie(headers, sessionCookie).orElse(null));
    }

    /** The signed-in user's mailbox when its OWA is served here (the scheduling page's precondition). */
    private Optional<Mailbox> servedMailbox(HttpHeaders headers) {
        if (freeBusy == null) {
            return Optional.empty();
        }
        return session(headers)
                .map(session -> organization.directory().lookup(session.address()))
                .filter(user -> user instanceof Mailbox)
                .filter(user -> OwaDestination.of(user, organization.servers(), organization.relationships(), legacyOwa)
                        instanceof OwaDestination.Here)
                .map(Mailbox.class::cast);
    }

    private String homeServer(Mailbox mailbox) {
        return organization.servers().implicit()
                ? null
                : organization.servers().mailboxServer(mailbox.address()).name();
    }

    private static Optional<String> cookie(HttpHeaders headers, String name) {
        Cookie cookie = headers.getCookies().get(name);
        return cookie == null || cookie.getValue() == null || cookie.getValue().isEmpty()
                ? Optional.empty()
                : Optional.of(cookie.getValue());
    }

    private String cookieHeader(String name, String value, String sameSite) {
        return name + "=" + value + "; Path=" + PATH + "; HttpOnly" + (organization.https() ? "; Secure" : "")
                + "; SameSite=" + sameSite;
    }

    private String ownUrl(HttpHeaders headers) {
        String host = headers.getHeaderString("Host");
        return (organization.https() ? "https://" : "http://") + (host == null ? "localhost" : host) + PATH;
    }

    private Map<String, Object> page(String title) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", title);
        return page;
    }

    private Map<String, Object> signedIn(String title, OwaSessions.Session session, Recipient user) {
        Map<String, Object> page = page(title);
        page.put("canary", session.csrfToken());
        page.put("address", user.address());
        page.put(
                "displayName",
                user instanceof Mailbox mailbox
                        ? mailbox.displayName()
                        : user instanceof RemoteMailbox remote ? remote.displayName() : user.address());
        return page;
    }

    private static Response toLogon() {
        return Response.status(302).header("Location", LOGON).build();
    }

    private static Response refusal(int status, String what) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("title", "Error");
        page.put("status", status);
        page.put(
                "statusText",
                Response.Status.fromStatusCode(status) == null
                        ? ""
                        : Response.Status.fromStatusCode(status).getReasonPhrase());
        page.put("what", what);
        return html(status, "refusal", page).build();
    }

    private static Response.ResponseBuilder html(int status, String template, Map<String, Object> data) {
        return Response.status(status)
                .type("text/html; charset=utf-8")
                .entity(OwaPages.render(template, data))
                // No script, no frames, no foreign styles: the pages need none of them.
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; base-uri 'none'; "
                                + "frame-ancestors 'none'")
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                // same-origin, not no-referrer: under no-referrer Chromium sends "Origin: null" with the page's own
                // posts.
                .header("Referrer-Policy", "same-origin")
                .header("Cache-Control", "no-store");
    }
}
