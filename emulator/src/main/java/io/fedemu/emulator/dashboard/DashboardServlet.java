package io.fedemu.emulator.dashboard;

import io.fedemu.client.trace.RequestTrace;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.faults.GatewayFaults;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.RemedyContext;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.runtime.admin.AdminAccess;
import io.fedemu.runtime.journal.Journal;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every page of the dashboard, behind one door (DashboardDoor: Host and Origin) and one credential (a session from
 * signing in with the admin token). GET pages change nothing; every POST carries the session's form token.
 *
 * <pre>
 * GET  /               topology (SVG), fault buttons, "run free/busy", the live journal
 * GET  /journal?after= the live journal: server-sent events
 * GET  /trace?request= one request's hops, ✓/✗, with each reason's sentence and remedy
 * GET  /signin         the sign-in form;  POST /signin (token) opens a session;  POST /signout closes it
 * POST /faults         one fault button;  POST /free-busy  a GetUserAvailability, then its trace
 * </pre>
 */
final class DashboardServlet extends HttpServlet {
    private final transient DashboardDoor door;
    private final transient DashboardSessions sessions;
    private final transient AdminAccess access;
    private final transient Pages pages;
    private final transient RoleAdmins admins;
    private final transient Journal journal;
    private final transient JournalFeed feed;
    private final transient FaultSwitches faults;
    private final transient FreeBusyRuns freeBusy;
    private final boolean secure;

    DashboardServlet(
            DashboardDoor door,
            DashboardSessions sessions,
            AdminAccess access,
            Pages pages,
            RoleAdmins admins,
            Journal journal,
            JournalFeed feed,
            FreeBusyRuns freeBusy,
            boolean secure) {
        this.door = door;
        this.sessions = sessions;
        this.access = access;
        this.pages = pages;
        this.admins = admins;
        this.journal = journal;
        this.feed = feed;
        this.faults = new FaultSwitches(admins);
        this.freeBusy = freeBusy;
        this.secure = secure;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    /** The door, then the sign-in pages (no session needed), then a session, then the page or the form. */
    private void serve(HttpServletRequest request, HttpServletResponse response, boolean post) throws IOException {
        try {
            door.check(request);
            String path = path(request);
            if (path.equals("/signin")) {
                if (post) {
                    signIn(request, response);
                } else {
                    signInPage(response, 200, null);
                }
                return;
            }
            DashboardSessions.Session session = session(request, response);
            if (post) {
                form(path, session, request, response);
            } else {
                page(path, session, request, response);
            }
        } catch (Refusal refusal) {
            refuse(response, refusal);
        }
    }

    private void page(
            String path, DashboardSessions.Session session, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        switch (path) {
            case "/" -> overview(response, session, request.getParameter("done"));
            case "/journal" -> feed.open(request, response, after(request.getParameter("after")));
            case "/trace" -> trace(response, session, request.getParameter("request"));
            default -> throw new Refusal(Reason.PATH_NOT_FOUND, "no page " + path + "; the dashboard is at /");
        }
    }

    private void form(
            String path, DashboardSessions.Session session, HttpServletRequest request, HttpServletResponse response) {
        // A page of another site can post a form here; only our own page knows the session's form token.
        if (!DashboardSessions.same(session.formToken(), request.getParameter("formToken"))) {
            throw new Refusal(
                    Reason.ADMIN_FORM_TOKEN_WRONG,
                    request.getParameter("formToken") == null
                            ? "the form carries no form token"
                            : "the form token is not this session's");
        }
        switch (path) {
            case "/signout" -> {
                sessions.close(session.id());
                response.addHeader("Set-Cookie", cookie(DashboardSessions.COOKIE, "", 0));
                redirect(response, "signin");
            }
            case "/faults" -> redirect(response, "./?done=" + encode(faults.apply(form(request))));
            case "/free-busy" ->
                redirect(
                        response,
                        "trace?request="
                                + encode(freeBusy.run(
                                        request.getParameter("tenant"),
                                        request.getParameter("as"),
                                        request.getParameter("for"))));
            default -> throw new Refusal(Reason.PATH_NOT_FOUND, "no form " + path);
        }
    }

    /** The signed-in session; without one, 401 (or a new session when the scenario opened the admin APIs). */
    private DashboardSessions.Session session(HttpServletRequest request, HttpServletResponse response) {
        Optional<DashboardSessions.Session> session = sessions.find(cookieValue(request, DashboardSessions.COOKIE));
        if (session.isPresent()) {
            return session.get();
        }
        if (access.open()) {
            DashboardSessions.Session opened = sessions.open();
            response.addHeader("Set-Cookie", cookie(DashboardSessions.COOKIE, opened.id(), -1));
            return opened;
        }
        throw new Refusal(
                Reason.ADMIN_CREDENTIAL_MISSING,
                "not signed in: sign in at /signin with the admin token (the state directory's admin-token file)");
    }

    private void signIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The sign-in form's own token rides in a cookie and in the form: a page of another site has neither.
        String expected = cookieValue(request, DashboardSessions.SIGN_IN_COOKIE);
        if (!DashboardSessions.same(expected, request.getParameter("formToken"))) {
            throw new Refusal(Reason.ADMIN_FORM_TOKEN_WRONG, "the sign-in form was not this dashboard's own");
        }
        String token = request.getParameter("token");
        if (token == null || token.isBlank()) {
            signInPage(response, 401, new Refusal(Reason.ADMIN_CREDENTIAL_MISSING, "no admin token given"));
            return;
        }
        if (!access.accepts(token.trim())) {
            signInPage(
                    response,
                    401,
                    new Refusal(Reason.ADMIN_CREDENTIAL_WRONG, "that is not the admin token of this state directory"));
            return;
        }
        DashboardSessions.Session session = sessions.open();
        response.addHeader("Set-Cookie", cookie(DashboardSessions.SIGN_IN_COOKIE, "", 0));
        response.addHeader("Set-Cookie", cookie(DashboardSessions.COOKIE, session.id(), -1));
        redirect(response, "./");
    }

    private void signInPage(HttpServletResponse response, int status, Refusal refusal) throws IOException {
        String formToken = DashboardSessions.random();
        response.addHeader("Set-Cookie", cookie(DashboardSessions.SIGN_IN_COOKIE, formToken, -1));
        Map<String, Object> model = new HashMap<>();
        model.put("formToken", formToken);
        if (refusal != null) {
            model.put("problem", problem(refusal));
        }
        html(response, status, pages.page("Sign in · fedemu dashboard", "signin", model));
    }

    private void overview(HttpServletResponse response, DashboardSessions.Session session, String done)
            throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("formToken", session.formToken());
        model.put("scenario", admins.endpoints().scenario());
        model.put("done", done);
        model.put("svg", pages.fragment("topology", TopologyPicture.draw(admins)));
        model.put("roles", controls());
        model.put("relationships", relationships());
        List<Map<String, Object>> users = users();
        model.put("users", users);
        model.put("tenant", users.isEmpty() ? "" : users.get(0).get("tenant"));
        model.put("target", defaultTarget());
        model.put("targets", targets());
        model.put("requests", JournalRows.since(journal, 0));
        model.put("after", JournalRows.latest(journal));
        List<Map<String, Object>> wizard = WizardStages.latest(journal);
        model.put("wizard", wizard);
        model.put("hasWizard", !wizard.isEmpty());
        html(
                response,
                200,
                pages.page("fedemu dashboard · " + admins.endpoints().scenario(), "overview", model));
    }

    /** The fault buttons of each role, each showing what is in force now and offering the opposite. */
    private List<Map<String, Object>> controls() {
        List<Map<String, Object>> roles = new ArrayList<>();
        Map<String, Object> state;
        try {
            state = faults.state();
        } catch (RuntimeException e) {
            return roles;
        }
        for (Map.Entry<String, Object> entry : state.entrySet()) {
            Map<String, Object> role = new LinkedHashMap<>();
            role.put("role", entry.getKey());
            if (entry.getValue() instanceof GatewayFaults g) {
                role.put("gateway", true);
                role.put("hasLinks", false);
                role.put("down", g.down());
                role.put("delay", g.delayMillis());
                role.put("clock", g.clockOffsetSeconds());
                role.put("unpublishedKey", g.signWithUnpublishedKey());
            } else if (entry.getValue() instanceof TenantFaults t) {
                role.put("down", t.down());
                role.put("delay", t.delayMillis());
                role.put("clock", t.clockOffsetSeconds());
                List<Map<String, Object>> links = new ArrayList<>();
                links.add(Map.of("to", "gateway"));
                admins.names().stream().filter(n -> !n.equals(entry.getKey())).forEach(n -> links.add(Map.of("to", n)));
                role.put("gateway", false);
                role.put("hasLinks", true);
                role.put("linkTargets", links);
                role.put(
                        "links",
                        t.links().stream().map(l -> l.to() + ": " + l.fault()).toList());
            }
            roles.add(role);
        }
        return roles;
    }

    private List<Map<String, Object>> relationships() {
        List<Map<String, Object>> all = new ArrayList<>();
        for (String name : admins.names()) {
            try {
                for (OrganizationRelationship r : admins.tenant(name).organizationRelationships()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("role", name);
                    row.put("name", r.name());
                    row.put("freeBusy", r.freeBusyAccessEnabled());
                    all.add(row);
                }
            } catch (RuntimeException e) {
                // Drawn as not answering in the picture.
            }
        }
        return all;
    }

    /** Who the form may ask as: every mailbox with a password. */
    private List<Map<String, Object>> users() {
        List<Map<String, Object>> users = new ArrayList<>();
        for (Endpoints.Tenant tenant : admins.endpoints().tenants()) {
            for (Endpoints.Mailbox mailbox : tenant.mailboxes()) {
                if (mailbox.password() != null) {
                    users.add(
                            Map.of("tenant", tenant.name(), "address", mailbox.address(), "selected", users.isEmpty()));
                }
            }
        }
        return users;
    }

    /** The self-check's question: the first user's colleague whose mailbox is across the boundary. */
    private String defaultTarget() {
        return admins.endpoints().tenants().stream()
                .flatMap(t -> t.mailboxes().stream())
                .filter(m -> Endpoints.Mailbox.REMOTE.equals(m.kind()))
                .map(Endpoints.Mailbox::address)
                .findFirst()
                .orElse("");
    }

    private List<String> targets() {
        return admins.endpoints().tenants().stream()
                .flatMap(t -> t.mailboxes().stream())
                .map(Endpoints.Mailbox::address)
                .distinct()
                .toList();
    }

    private void trace(HttpServletResponse response, DashboardSessions.Session session, String requestId)
            throws IOException {
        if (requestId == null || requestId.isBlank()) {
            throw new Refusal(Reason.REQUEST_INVALID, "no request named: /trace?request=ID");
        }
        RequestTrace trace = RequestTrace.of(requestId, journal.request(requestId), this::relationshipAtFault);
        List<Map<String, Object>> hops = new ArrayList<>();
        for (RequestTrace.Line line : trace.lines()) {
            Map<String, Object> hop = new LinkedHashMap<>();
            hop.put("mark", line.mark());
            hop.put("css", line.ok() ? Health.OK.css() : Health.BROKEN.css());
            hop.put("verdict", line.ok() ? "passed" : "failed");
            hop.put("step", line.entry().step());
            hop.put("role", line.entry().role());
            hop.put("reason", line.entry().reason());
            hop.put("detail", line.entry().detail());
            // The detail of a refusal often starts with the sentence itself; it is not read out twice.
            hop.put(
                    "sentence",
                    line.sentence() != null
                                    && (line.entry().detail() == null
                                            || !line.entry().detail().contains(line.sentence()))
                            ? line.sentence()
                            : null);
            hop.put("remedy", line.remedy());
            hop.put("cli", line.format());
            hops.add(hop);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("formToken", session.formToken());
        model.put("request", requestId);
        model.put("hops", hops);
        model.put("none", hops.isEmpty());
        model.put("answered", !freeBusy.answers(requestId).isEmpty());
        model.put("ok", trace.ok());
        model.put(
                "answers",
                freeBusy.answers(requestId).stream()
                        .map(a -> Map.of(
                                "mailbox", a.mailbox(),
                                "responseCode", a.responseCode(),
                                "messageText", a.messageText() == null ? "" : a.messageText(),
                                "css", a.ok() ? Health.OK.css() : Health.BROKEN.css(),
                                "mark", a.ok() ? Health.OK.mark() : Health.BROKEN.mark()))
                        .toList());
        html(response, 200, pages.page("Trace " + requestId, "trace", model));
    }

    /**
     * The relationship a failed hop's remedy is about, so the remedy names it: at the partner, its relationship for
     * the requester's domain; at the requester, its relationship for the target's. Unknown stays a placeholder.
     */
    private RemedyContext relationshipAtFault(io.fedemu.protocol.journal.JournalEntry entry, RemedyContext context) {
        if (entry.verdict() != io.fedemu.protocol.journal.JournalEntry.Verdict.FAIL || entry.role() == null) {
            return context;
        }
        boolean atPartner = entry.role().equals(context.partner());
        String domainOf = atPartner ? context.user() : context.target();
        String role = atPartner ? context.partner() : context.requester();
        if (domainOf == null
                || role == null
                || !domainOf.contains("@")
                || admins.find(role).isEmpty()) {
            return context;
        }
        String domain = domainOf.substring(domainOf.indexOf('@') + 1);
        try {
            return admins.tenant(role).organizationRelationships().stream()
                    .filter(r -> r.domainNames().stream().anyMatch(d -> d.equalsIgnoreCase(domain)))
                    .findFirst()
                    .map(r -> context.withRelationship(r.name()))
                    .orElse(context);
        } catch (RuntimeException e) {
            return context;
        }
    }

    private void refuse(HttpServletResponse response, Refusal refusal) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (refusal.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"fedemu-admin\"");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("problem", problem(refusal));
        model.put("signIn", refusal.status() == 401);
        html(
                response,
                refusal.status(),
                pages.page(refusal.status() + " " + refusal.reason() + " · fedemu dashboard", "problem", model));
    }

    private static Map<String, Object> problem(Refusal refusal) {
        return Map.of(
                "status", refusal.status(),
                "reason", refusal.reason().name(),
                "sentence", refusal.reason().sentence(),
                "detail", refusal.getMessage(),
                "remedy", refusal.reason().remedy(RemedyContext.NONE));
    }

    private void html(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        // No framing by other pages (clickjacking the fault buttons), no scripts but our own inline one.
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'self'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
                        + "form-action 'self'");
        // same-origin, not no-referrer: under no-referrer Chromium sends "Origin: null" with our own forms.
        response.setHeader("Referrer-Policy", "same-origin");
        response.getWriter().write(body);
    }

    /** HttpOnly, SameSite=Strict, Secure on HTTPS; {@code maxAge} 0 deletes, -1 lasts the browser session. */
    private String cookie(String name, String value, int maxAge) {
        return name + "=" + value + "; Path=/; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "")
                + (maxAge >= 0 ? "; Max-Age=" + maxAge : "");
    }

    private static String cookieValue(HttpServletRequest request, String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> form(HttpServletRequest request) {
        Map<String, String> form = new HashMap<>();
        request.getParameterMap().forEach((k, v) -> form.put(k, v.length == 0 ? null : v[0]));
        return form;
    }

    private static String path(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null || path.isEmpty() ? "/" : path;
    }

    private static long after(String value) {
        try {
            return value == null ? 0 : Math.max(0, Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new Refusal(Reason.REQUEST_INVALID, "after '" + value + "' is not a journal sequence number");
        }
    }

    private static void redirect(HttpServletResponse response, String location) {
        response.setStatus(303);
        response.setHeader("Location", location);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
