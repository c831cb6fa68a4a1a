package io.fedemu.runtime.faults;

import io.fedemu.runtime.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A refused fault request as an {@code application/problem+json} 400 with its named reason. */
public final class FaultRefusalMapper implements ExceptionMapper<FaultRefusedException> {
    @Override
    public Response toResponse(FaultRefusedException refusal) {
        return ProblemMappers.problem(refusal.reason(), refusal.getMessage());
    }
}
