package io.fedemu.emulator.dashboard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Who signed in to the dashboard: a browser cannot send the admin token as a bearer header when it navigates, so
 * signing in with the token gives it a random session id in an HttpOnly, SameSite=Strict cookie (Secure on HTTPS).
 * Each session has its own form token, which every form carries. Sessions live in memory: a restart signs everyone
 * out. Bounded, so that signing in in a loop cannot grow the heap: the oldest session goes first.
 */
final class DashboardSessions {
    static final String COOKIE = "fedemu-dashboard";
    static final String SIGN_IN_COOKIE = "fedemu-dashboard-signin";
    /** A trainer's day. */
    static final Duration LIFETIME = Duration.ofHours(12);

    static final int MAX_SESSIONS = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    /** One signed-in browser. */
    record Session(String id, String formToken, Instant created) {}

    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final Clock clock;

    DashboardSessions(Clock clock) {
        this.clock = clock;
    }

    synchronized Session open() {
        Session session = new Session(random(), random(), clock.instant());
        sessions.put(session.id(), session);
        Iterator<String> oldest = sessions.keySet().iterator();
        while (sessions.size() > MAX_SESSIONS) {
            oldest.next();
            oldest.remove();
        }
        return session;
    }

    synchronized Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        if (session != null && session.created().plus(LIFETIME).isBefore(clock.instant())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.ofNullable(session);
    }

    synchronized void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** 256 random bits, URL-safe. */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Constant-time: the answer must not say how many leading characters were right. */
    static boolean same(String expected, String presented) {
        return expected != null
                && presented != null
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
