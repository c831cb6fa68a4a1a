package io.fedemu.tenant.owa;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The signed-in users of one Outlook Web App (every Client Access server of an organization shares it, as Exchange's
 * FBA cookie is good on any server holding the same certificate). In memory and bounded: a restart signs everyone
 * out, and past {@link #MAX_SESSIONS} live sessions a new sign-in is refused rather than an old one evicted.
 */
final class OwaSessions {
    /** Exchange's private-computer FBA timeout is 8 hours by default; fedemu uses it as an absolute lifetime. */
    static final Duration LIFETIME = Duration.ofHours(8);

    static final int MAX_SESSIONS = 1_024;

    /**
     * One signed-in user. The password is kept (in memory only) because the scheduling page asks EWS as the user
     * with HTTP Basic, where Exchange's Client Access server would act with the user's Windows identity.
     */
    record Session(String id, String address, String password, String csrfToken, Instant expires) {
        @Override
        public String toString() {
            return "Session[" + address + "]";
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;

    OwaSessions(Clock clock) {
        this.clock = clock;
    }

    /** A new session, or empty when {@link #MAX_SESSIONS} are live. */
    Optional<Session> open(String address, String password) {
        Instant now = clock.instant();
        if (sessions.size() >= MAX_SESSIONS) {
            sessions.values().removeIf(session -> !session.expires().isAfter(now));
            if (sessions.size() >= MAX_SESSIONS) {
                return Optional.empty();
            }
        }
        Session session = new Session(randomToken(), address, password, randomToken(), now.plus(LIFETIME));
        sessions.put(session.id(), session);
        return Optional.of(session);
    }

    Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Session session = sessions.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (!session.expires().isAfter(clock.instant())) {
            sessions.remove(id);
            return Optional.empty();
        }
        return Optional.of(session);
    }

    void close(String id) {
        if (id != null) {
            sessions.remove(id);
        }
    }

    /** 256 random bits, URL-safe: session ids and CSRF tokens. */
    static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
