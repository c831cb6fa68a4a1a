package io.fedemu.tenant.relationship.admin;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses admin request bodies over a limit before anything parses them: a declared Content-Length up front,
 * a chunked body as it streams past the limit. (The gateway has the same guard; roles share no server code.)
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
            request.abortWith(tooLarge(request.getLength()));
            return;
        }
        InputStream body = request.getEntityStream();
        request.setEntityStream(new FilterInputStream(body) {
            private long remaining = maxBytes;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                remaining -= n;
                if (remaining < 0) {
                    throw new WebApplicationException(tooLarge(maxBytes + 1));
                }
            }
        });
    }

    private Response tooLarge(long length) {
        return RelationshipProblems.problem(413, "Request body too large",
                "the body has " + length + " bytes; this endpoint accepts at most " + maxBytes, "BODY_TOO_LARGE");
    }
}
