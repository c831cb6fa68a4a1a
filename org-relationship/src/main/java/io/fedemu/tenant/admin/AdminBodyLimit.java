package io.fedemu.tenant.admin;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over a limit before anything parses them: a declared Content-Length is checked up front,
 * a chunked body is cut off as it streams past the limit. The gateway has the same filter; roles do not import
 * each other (ARCHITECTURE.md), so the tenant keeps its own until it moves to a shared module.
 */
@PreMatching
final class AdminBodyLimit implements ContainerRequestFilter {
    private final long maxBytes;

    AdminBodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge(request.getLength() + " bytes"));
            return;
        }
        request.setEntityStream(new Bounded(request.getEntityStream()));
    }

    private Response tooLarge(String size) {
        return AdminRefusalMappers.problem(AdminRefusal.BODY_TOO_LARGE,
                "the body has " + size + "; the admin API accepts at most " + maxBytes + " bytes");
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
                throw new WebApplicationException(tooLarge("more than " + maxBytes + " bytes"));
            }
        }
    }
}
