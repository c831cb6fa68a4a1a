package io.fedemu.runtime.admin;

import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.problem.ProblemMappers;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The door of every role's {@code /admin} API, before any resource runs, in this order:
 *
 * <ol>
 *   <li>Host must name this role (DNS rebinding: a page on {@code evil.example} whose name resolves to 127.0.0.1
 *       sends {@code Host: evil.example}) — ADMIN_HOST_NOT_SERVED, 421;
 *   <li>an Origin, when a browser sends one, must be this role's own — ADMIN_ORIGIN_FOREIGN, 403;
 *   <li>the admin token — ADMIN_CREDENTIAL_MISSING or ADMIN_CREDENTIAL_WRONG, 401 (skipped when the scenario
 *       opened the admin APIs);
 *   <li>a state-changing method (POST, PUT, PATCH) with a body must declare JSON, or iCalendar where the path
 *       takes a calendar file: an HTML form can post {@code text/plain} or a form encoding to any site without
 *       asking, and CXF would otherwise read a body without a Content-Type as JSON — UNSUPPORTED_MEDIA_TYPE, 415.
 * </ol>
 *
 * Every refusal is a problem body with its reason, and nothing behind the door has run, so nothing changed.
 */
@PreMatching
public final class AdminGuard implements ContainerRequestFilter {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH");
    private static final String CALENDAR_PATH_SUFFIX = "/calendar";
    private static final String TEXT_CALENDAR = "text/calendar";

    private final AdminAccess access;
    private final String adminPrefix;
    private final Set<String> servedHosts = new TreeSet<>();
    private final Set<Integer> servedPorts = new TreeSet<>();

    /**
     * @param access      the token, or open
     * @param adminPrefix the path under which the admin API lives ({@code /admin}); other paths pass untouched
     * @param served      the URLs this role answers on (its listen address, its external URL): their host names,
     *     and the loopback names, are the hosts it serves
     */
    public AdminGuard(AdminAccess access, String adminPrefix, Collection<URI> served) {
        this.access = access;
        this.adminPrefix = adminPrefix;
        servedHosts.addAll(LOOPBACK_NAMES);
        for (URI uri : served) {
            if (uri != null && uri.getHost() != null) {
                servedHosts.add(uri.getHost().toLowerCase(Locale.ROOT));
                if (uri.getPort() != -1) {
                    // Behind a load balancer the page's origin names the namespace's port, not this server's.
                    servedPorts.add(uri.getPort());
                }
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (path == null || !(path.equals(adminPrefix) || path.startsWith(adminPrefix + "/"))) {
            return;
        }
        Response refusal = refusal(request, path);
        if (refusal != null) {
            request.abortWith(refusal);
        }
    }

    private Response refusal(ContainerRequestContext request, String path) {
        String host = hostName(request.getHeaderString(HttpHeaders.HOST));
        if (host == null || !servedHosts.contains(host)) {
            return ProblemMappers.problem(
                    Reason.ADMIN_HOST_NOT_SERVED,
                    "Host '" + shorten(request.getHeaderString(HttpHeaders.HOST)) + "' is not one of " + servedHosts);
        }
        String origin = request.getHeaderString("Origin");
        if (origin != null && !ownOrigin(origin, request.getUriInfo().getRequestUri())) {
            return ProblemMappers.problem(
                    Reason.ADMIN_ORIGIN_FOREIGN,
                    "Origin '" + shorten(origin) + "' is not this role's; the admin API answers no other web page");
        }
        if (!access.open()) {
            String authorization = request.getHeaderString(AdminCredential.HEADER);
            String prefix = AdminCredential.SCHEME + " ";
            if (authorization == null || !authorization.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return challenge(ProblemMappers.problem(
                        Reason.ADMIN_CREDENTIAL_MISSING,
                        authorization == null
                                ? "no Authorization header"
                                : "the Authorization header is not a Bearer token"));
            }
            if (!access.accepts(authorization.substring(prefix.length()).trim())) {
                return challenge(ProblemMappers.problem(
                        Reason.ADMIN_CREDENTIAL_WRONG, "the bearer token does not match this state directory's"));
            }
        }
        if (STATE_CHANGING.contains(request.getMethod().toUpperCase(Locale.ROOT)) && hasBody(request)) {
            MediaType type = request.getMediaType();
            boolean json = type != null
                    && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                            || type.getSubtype().endsWith("+json") && "application".equals(type.getType()))
                    && !type.isWildcardType()
                    && !type.isWildcardSubtype();
            boolean calendar = type != null
                    && TEXT_CALENDAR.equals(type.getType() + "/" + type.getSubtype())
                    && path.endsWith(CALENDAR_PATH_SUFFIX);
            if (!json && !calendar) {
                return ProblemMappers.problem(
                        Reason.UNSUPPORTED_MEDIA_TYPE,
                        (type == null ? "no Content-Type" : "Content-Type " + shorten(type.toString()))
                                + "; a " + request.getMethod() + " to the admin API takes application/json"
                                + (path.endsWith(CALENDAR_PATH_SUFFIX) ? " or text/calendar" : ""));
            }
        }
        return null;
    }

    /**
     * A request without a body (refresh-metadata, publish, rotate) needs no Content-Type: there is nothing to read,
     * and a page that sends one anyway carries an Origin and no token, refused above.
     */
    private static boolean hasBody(ContainerRequestContext request) {
        return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
    }

    private static Response challenge(Response problem) {
        return Response.fromResponse(problem)
                .header(HttpHeaders.WWW_AUTHENTICATE, AdminCredential.SCHEME + " realm=\"fedemu-admin\"")
                .build();
    }

    /** The Host header without its port, lower case; IPv6 literals keep their brackets (also the dashboard's door). */
    public static String hostName(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.trim().toLowerCase(Locale.ROOT);
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            return end < 0 ? null : value.substring(0, end + 1);
        }
        int colon = value.indexOf(':');
        return colon < 0 ? value : value.substring(0, colon);
    }

    /** Same scheme, a served host and the port the request arrived on. */
    private boolean ownOrigin(String origin, URI requestUri) {
        try {
            URI uri = URI.create(origin.trim());
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            int ours = requestUri.getPort() != -1
                    ? requestUri.getPort()
                    : "https".equals(requestUri.getScheme()) ? 443 : 80;
            return requestUri.getScheme().equalsIgnoreCase(uri.getScheme())
                    && host != null
                    && servedHosts.contains(host)
                    && (port == ours || servedPorts.contains(port));
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed page or a file) and garbage are foreign
        }
    }

    /** A caller's header as a refusal may quote it: printable ASCII, at most 80 characters. */
    public static String shorten(String value) {
        if (value == null) {
            return "";
        }
        String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "...";
    }
}
