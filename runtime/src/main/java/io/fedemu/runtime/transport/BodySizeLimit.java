package io.fedemu.runtime.transport;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.problem.ProblemMappers;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses JSON API request bodies over a limit before anything parses them: a declared Content-Length
 * is checked up front, a chunked body is cut off as it streams past the limit. The answer is a
 * problem body with reason BODY_TOO_LARGE. Shared by every role's admin API, as the one transport is.
 */
@PreMatching
public final class BodySizeLimit implements ContainerRequestFilter {
    private final long maxBytes;

    public BodySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge("the body has " + request.getLength() + " bytes"));
            return;
        }
        request.setEntityStream(new Bounded(request.getEntityStream()));
    }

    private Response tooLarge(String what) {
        return ProblemMappers.problem(
                Reason.BODY_TOO_LARGE, what + "; this endpoint accepts at most " + maxBytes + " bytes");
    }

    private final class Bounded extends FilterInputStream {
        private long remaining = maxBytes;

        Bounded(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            remaining -= n;
            if (remaining < 0) {
                // Thrown while a JSON reader pulls the body; the mappers unwrap it to this 413.
                throw new WebApplicationException(tooLarge("the streamed body passed the limit"));
            }
        }
    }
}
