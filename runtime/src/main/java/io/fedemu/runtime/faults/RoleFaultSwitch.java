package io.fedemu.runtime.faults;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.eclipse.jetty.ee11.servlet.ServletContextRequest;

/**
 * A role that is down or slow as its callers see it. Installed on the role's CXF bus, so it sees every
 * request of every endpoint before authentication or parsing. {@code /admin} is exempt: a trainer must
 * be able to mend what they broke through the same port.
 *
 * <p>"Down" closes the connection before a status line is written: the caller gets no answer, as from
 * a crashed or unplugged server; a refused connect is the link fault
 * {@code unreachable}, since a port cannot be closed for some paths and open for others.
 *
 * <p>"Slow" holds the request's thread. At most {@link #MAX_DELAYED} requests are held at once; more are
 * answered 503 at once, as an overloaded server would, so a load test against a slow role cannot take every
 * thread and the trainer's {@code /admin} call to mend it always gets one.
 */
public final class RoleFaultSwitch extends AbstractPhaseInterceptor<Message> {
    public static final String EXEMPT_PATH = "/admin";

    /** Well below the role's thread pool (RoleServer.MAX_THREADS), leaving threads for /admin. */
    public static final int MAX_DELAYED = 32;

    private final Semaphore delayed = new Semaphore(MAX_DELAYED);
    private volatile boolean down;
    private volatile Duration delay = Duration.ZERO;

    public RoleFaultSwitch() {
        super(Phase.RECEIVE);
    }

    public void down(boolean value) {
        down = value;
    }

    public boolean down() {
        return down;
    }

    public void delay(Duration value) {
        delay = value == null || value.isNegative() ? Duration.ZERO : value;
    }

    public Duration delay() {
        return delay;
    }

    @Override
    public void handleMessage(Message message) {
        if (!down && delay.isZero()) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) message.get(AbstractHTTPDestination.HTTP_REQUEST);
        if (request == null || exempt(request.getRequestURI())) {
            return;
        }
        if (down) {
            // Close the connection itself before anything is written: the caller gets no status line at all.
            ServletContextRequest.getServletContextRequest(request)
                    .getConnectionMetaData()
                    .getConnection()
                    .getEndPoint()
                    .close(new IOException("fedemu fault: this role is down"));
            message.getInterceptorChain().abort();
            return;
        }
        if (!delayed.tryAcquire()) {
            overloaded(message);
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Fault(e);
        } finally {
            delayed.release();
        }
    }

    private static void overloaded(Message message) {
        HttpServletResponse response = (HttpServletResponse) message.get(AbstractHTTPDestination.HTTP_RESPONSE);
        try {
            response.setStatus(503);
            response.setHeader("Retry-After", "1");
            response.getOutputStream().close();
        } catch (IOException e) {
            // the caller went away; nothing to answer
        }
        message.getInterceptorChain().abort();
    }

    static boolean exempt(String path) {
        return path != null && (path.equals(EXEMPT_PATH) || path.startsWith(EXEMPT_PATH + "/"));
    }
}
