package io.fedemu.runtime.faults;

import io.fedemu.protocol.gateway.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A refused fault request as an {@code application/problem+json} 400 with its named reason. */
public final class FaultRefusalMapper implements ExceptionMapper<FaultRefusedException> {
    @Override
    public Response toResponse(FaultRefusedException refusal) {
        return Response.status(400)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(
                        "about:blank",
                        refusal.reason().sentence(),
                        400,
                        refusal.getMessage(),
                        refusal.reason().name()))
                .build();
    }
}
