package io.fedemu.gateway.http;

import com.fasterxml.jackson.core.JacksonException;
import io.fedemu.gateway.federation.RegistryRefusal;
import io.fedemu.gateway.federation.RegistryRefusedException;
import io.fedemu.gateway.token.TokenRefusedException;
import io.fedemu.protocol.gateway.OAuthError;
import io.fedemu.protocol.gateway.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns refusals into the error bodies clients expect: OAuth errors on the token path, problems elsewhere. */
public final class RefusalMappers {
    private static final Logger LOG = LoggerFactory.getLogger(RefusalMappers.class);

    private RefusalMappers() {}

    public static final class TokenRefusals implements ExceptionMapper<TokenRefusedException> {
        @Override
        public Response toResponse(TokenRefusedException refusal) {
            LOG.info("token refused: {} {}", refusal.reason(), refusal.getMessage());
            return Response.status(refusal.reason().status())
                    .type(MediaType.APPLICATION_JSON)
                    .header("Cache-Control", "no-store")
                    .entity(new OAuthError(
                            refusal.reason().oauthError(),
                            refusal.getMessage(),
                            refusal.reason().name()))
                    .build();
        }
    }

    public static final class RegistryRefusals implements ExceptionMapper<RegistryRefusedException> {
        @Override
        public Response toResponse(RegistryRefusedException refusal) {
            RegistryRefusal reason = refusal.reason();
            return problem(reason.status(), reason.sentence(), refusal.getMessage(), reason.name());
        }
    }

    /** Malformed JSON or an unknown field in an admin request. */
    public static final class JsonRefusals implements ExceptionMapper<JacksonException> {
        @Override
        public Response toResponse(JacksonException e) {
            // Jackson wraps what the body-size limit throws while it reads a chunked body.
            if (e.getCause() instanceof WebApplicationException tooLarge) {
                return tooLarge.getResponse();
            }
            return problem(
                    400,
                    RegistryRefusal.REQUEST_INVALID.sentence(),
                    "the JSON body cannot be read: " + e.getOriginalMessage(),
                    RegistryRefusal.REQUEST_INVALID.name());
        }
    }

    /** Framework errors (404, 405, 413, 415) keep their status but get a problem body too. */
    public static final class WebRefusals implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            return problem(
                    status,
                    Response.Status.fromStatusCode(status) == null
                            ? "Error"
                            : Response.Status.fromStatusCode(status).getReasonPhrase(),
                    e.getMessage(),
                    "HTTP_" + status);
        }
    }

    static Response problem(int status, String title, String detail, String reason) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, reason))
                .build();
    }
}
