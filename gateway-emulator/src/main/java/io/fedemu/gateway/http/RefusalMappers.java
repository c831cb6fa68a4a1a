package io.fedemu.gateway.http;

import io.fedemu.gateway.federation.RegistryRefusedException;
import io.fedemu.gateway.token.TokenRefusedException;
import io.fedemu.protocol.gateway.OAuthError;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.problem.ProblemMappers;
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
            return Response.status(refusal.reason().httpStatus())
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
            Reason reason = refusal.reason();
            return ProblemMappers.problem(reason, refusal.getMessage());
        }
    }
}
