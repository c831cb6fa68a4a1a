package io.fedemu.emulator.dashboard;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.admin.AdminGuard;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * The checks the roles' admin APIs make at their door (runtime's AdminGuard), as they apply to a page: the Host must
 * be a loopback name (DNS rebinding sends a foreign one) and an Origin, when the browser sends one, must be the
 * dashboard's own. The credential is the session (DashboardSessions); state-changing forms also carry the session's
 * form token, checked where each form is read.
 */
final class DashboardDoor {
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final String scheme;
    private final int port;

    DashboardDoor(String scheme, int port) {
        this.scheme = scheme;
        this.port = port;
    }

    /** Throws the refusal of the first check that fails; nothing behind the door has run yet. */
    void check(HttpServletRequest request) {
        String host = AdminGuard.hostName(request.getHeader("Host"));
        if (host == null || !LOOPBACK_NAMES.contains(host)) {
            throw new Refusal(
                    Reason.ADMIN_HOST_NOT_SERVED,
                    "Host '" + AdminGuard.shorten(request.getHeader("Host")) + "' is not one of " + LOOPBACK_NAMES);
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !own(origin)) {
            throw new Refusal(
                    Reason.ADMIN_ORIGIN_FOREIGN,
                    "Origin '" + AdminGuard.shorten(origin) + "' is not the dashboard's; it answers no other web page");
        }
    }

    private boolean own(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            return scheme.equalsIgnoreCase(uri.getScheme()) && LOOPBACK_NAMES.contains(host) && uri.getPort() == port;
        } catch (IllegalArgumentException e) {
            return false; // "null" (a sandboxed page or a file) and garbage are foreign
        }
    }
}
