package io.fedemu.tenant.transport;

import io.fedemu.protocol.reason.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.subethamail.smtp.server.Session;
import org.subethamail.smtp.server.SessionHandler;

/**
 * A listening connector's MaxInboundConnectionPerSource and ConnectionTimeout: a source holding its limit of
 * connections is turned away before the greeting, and a session still open at the ConnectionTimeout is told so and
 * closed, whatever it is doing (trickling DATA, or blocked writing answers to a client that never reads them).
 */
final class InboundConnectionGuard implements SessionHandler {
    /** One daemon thread for every connector's deadlines: a deadline only schedules the farewell. */
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "fedemu-smtp-connection-timeout");
        t.setDaemon(true);
        return t;
    });

    /** How long the farewell may take before the socket is closed under it (a peer that never reads). */
    private static final long FAREWELL_MILLIS = 2000;

    private final ConnectionLimits limits;
    private final Map<InetAddress, Integer> perSource = new ConcurrentHashMap<>();
    private final Map<Session, ScheduledFuture<?>> deadlines = new ConcurrentHashMap<>();

    InboundConnectionGuard(ConnectionLimits limits) {
        this.limits = limits;
    }

    @Override
    public SessionAcceptance accept(Session session) {
        InetAddress source = session.getRealRemoteAddress().getAddress();
        boolean[] admitted = {false};
        perSource.compute(source, (address, held) -> {
            int count = held == null ? 0 : held;
            if (count >= limits.maxInboundConnectionPerSource()) {
                return held;
            }
            admitted[0] = true;
            return count + 1;
        });
        if (!admitted[0]) {
            // A refused session never reaches onSessionEnd, so it holds no place.
            SmtpRefusal refusal = new SmtpRefusal(Reason.MAIL_CONNECTION_LIMIT_PER_SOURCE);
            return SessionAcceptance.failure(refusal.getCode(), refusal.getMessage());
        }
        deadlines.put(
                session,
                DEADLINES.schedule(
                        () -> timedOut(session), limits.connectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
        return SessionAcceptance.success();
    }

    @Override
    public void onSessionEnd(Session session) {
        ScheduledFuture<?> deadline = deadlines.remove(session);
        if (deadline != null) {
            deadline.cancel(false);
        }
        perSource.computeIfPresent(
                session.getRealRemoteAddress().getAddress(), (address, held) -> held <= 1 ? null : held - 1);
    }

    private void timedOut(Session session) {
        // The session's own thread may be blocked writing to a peer that does not read: the farewell gets its own
        // thread, and the socket is closed under both once it had its time.
        Thread farewell = new Thread(
                () -> {
                    try {
                        session.sendResponse(SmtpRefusal.line(Reason.MAIL_CONNECTION_TIMED_OUT));
                    } catch (IOException | RuntimeException e) {
                        // The peer is gone already; closing is all that is left.
                    }
                    close(session);
                },
                "fedemu-smtp-farewell");
        farewell.setDaemon(true);
        farewell.start();
        DEADLINES.schedule(() -> close(session), FAREWELL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private static void close(Session session) {
        try {
            session.closeSocket();
        } catch (IOException e) {
            // Already closed.
        }
    }
}
