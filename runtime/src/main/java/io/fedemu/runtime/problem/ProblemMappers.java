package io.fedemu.runtime.problem;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.fedemu.protocol.gateway.Problem;
import io.fedemu.protocol.reason.Reason;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Every admin API's refusals as {@code application/problem+json} (RFC 9457): type, title and status from the
 * {@link Reason}, the varying part in the detail. Shared by the gateway and the tenants, so an admin client meets
 * one shape everywhere.
 */
public final class ProblemMappers {
    private ProblemMappers() {}

    public static Response problem(Reason reason, String detail) {
        return Response.status(reason.httpStatus())
                .type(Problem.MEDIA_TYPE)
                .entity(Problem.of(reason, detail))
                .build();
    }

    /** Malformed JSON, an unknown field or an unknown enum name in an admin request. */
    public static final class JsonRefusals implements ExceptionMapper<JacksonException> {
        @Override
        public Response toResponse(JacksonException e) {
            // The body limit fires inside the parser, which wraps it: the limit is the answer, not the JSON.
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof WebApplicationException limit
                        && limit.getResponse().hasEntity()) {
                    return limit.getResponse();
                }
            }
            // Jackson's path names the field a user got wrong, e.g. ["subjekt"] or [0].start.
            String path = e instanceof JsonMappingException mapping
                            && !mapping.getPath().isEmpty()
                    ? mapping.getPathReference().replaceFirst("^[^\\[]*", "") + ": "
                    : "";
            return problem(Reason.REQUEST_INVALID, "the JSON body cannot be read: " + path + e.getOriginalMessage());
        }
    }

    /** Framework errors (404, 405, 406, 413, 415) keep their status but get a problem body too. */
    public static final class WebRefusals implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getResponse().hasEntity()) {
                return e.getResponse(); // already a problem (the body limit builds one)
            }
            int status = e.getResponse().getStatus();
            Reason reason = Reason.forHttpStatus(status);
            return Response.status(status)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(reason.problemType(), reason.sentence(), status, e.getMessage(), reason.name()))
                    .build();
        }
    }
}
