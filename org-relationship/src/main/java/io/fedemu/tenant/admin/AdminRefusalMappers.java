package io.fedemu.tenant.admin;

import io.fedemu.runtime.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Every admin refusal as an {@code application/problem+json} body (RFC 9457) with its named reason. */
final class AdminRefusalMappers {
    private AdminRefusalMappers() {}

    static final class Refusals implements ExceptionMapper<AdminRefusedException> {
        @Override
        public Response toResponse(AdminRefusedException refusal) {
            return ProblemMappers.problem(refusal.reason(), refusal.getMessage());
        }
    }
}
