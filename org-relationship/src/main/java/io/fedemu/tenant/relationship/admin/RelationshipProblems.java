package io.fedemu.tenant.relationship.admin;

import com.fasterxml.jackson.core.JacksonException;
import io.fedemu.protocol.gateway.Problem;
import io.fedemu.tenant.relationship.RelationshipRefusal;
import io.fedemu.tenant.relationship.RelationshipRefusedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Refusals as {@code application/problem+json} bodies whose {@code reason} names the rule. */
public final class RelationshipProblems {
    private RelationshipProblems() {}

    public static final class Refusals implements ExceptionMapper<RelationshipRefusedException> {
        @Override
        public Response toResponse(RelationshipRefusedException refusal) {
            RelationshipRefusal reason = refusal.reason();
            return problem(reason.status(), reason.sentence(), refusal.getMessage(), reason.name());
        }
    }

    /** Malformed JSON, an unknown field or an unknown level name. */
    public static final class JsonRefusals implements ExceptionMapper<JacksonException> {
        @Override
        public Response toResponse(JacksonException e) {
            // the body limit fires inside the parser, which wraps it: the limit is the answer, not the JSON
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof WebApplicationException limit
                        && limit.getResponse().hasEntity()) {
                    return limit.getResponse();
                }
            }
            RelationshipRefusal reason = RelationshipRefusal.REQUEST_INVALID;
            return problem(
                    reason.status(),
                    reason.sentence(),
                    "the JSON body cannot be read: " + e.getOriginalMessage(),
                    reason.name());
        }
    }

    /** Framework errors (404, 405, 413, 415) keep their status but get a problem body too. */
    public static final class WebRefusals implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getResponse().hasEntity()) {
                return e.getResponse(); // already a problem (an oversized body)
            }
            int status = e.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            return problem(status, known == null ? "Error" : known.getReasonPhrase(), e.getMessage(), "HTTP_" + status);
        }
    }

    static Response problem(int status, String title, String detail, String reason) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, reason))
                .build();
    }
}
