package io.fedemu.tenant.admin;

import com.fasterxml.jackson.core.JacksonException;
import io.fedemu.protocol.gateway.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Every admin refusal as an {@code application/problem+json} body (RFC 9457) with its named reason. */
final class AdminRefusalMappers {
    private AdminRefusalMappers() {}

    static final class Refusals implements ExceptionMapper<AdminRefusedException> {
        @Override
        public Response toResponse(AdminRefusedException refusal) {
            return problem(refusal.reason(), refusal.getMessage());
        }
    }

    /** Malformed JSON, a wrong type or an unknown field: Jackson's message names the field. */
    static final class JsonRefusals implements ExceptionMapper<JacksonException> {
        @Override
        public Response toResponse(JacksonException e) {
            String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException m
                            && !m.getPath().isEmpty()
                    ? m.getPathReference().replaceFirst("^[^\\[]*", "") + ": "
                    : "";
            return problem(
                    AdminRefusal.REQUEST_INVALID, "the JSON body cannot be read: " + path + e.getOriginalMessage());
        }
    }

    /** Framework errors (404, 405, 413, 415) keep their status but get a problem body too. */
    static final class WebRefusals implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (e.getResponse().hasEntity()) {
                return e.getResponse(); // already a problem (the body limit builds one)
            }
            int status = e.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            return Response.status(status)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(
                            "about:blank",
                            known == null ? "Error" : known.getReasonPhrase(),
                            status,
                            e.getMessage(),
                            "HTTP_" + status))
                    .build();
        }
    }

    static Response problem(AdminRefusal reason, String detail) {
        return Response.status(reason.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", reason.sentence(), reason.status(), detail, reason.name()))
                .build();
    }
}
