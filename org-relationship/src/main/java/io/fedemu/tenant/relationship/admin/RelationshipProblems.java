package io.fedemu.tenant.relationship.admin;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.problem.ProblemMappers;
import io.fedemu.tenant.relationship.RelationshipRefusedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Refusals as {@code application/problem+json} bodies whose {@code reason} names the rule. */
public final class RelationshipProblems {
    private RelationshipProblems() {}

    public static final class Refusals implements ExceptionMapper<RelationshipRefusedException> {
        @Override
        public Response toResponse(RelationshipRefusedException refusal) {
            Reason reason = refusal.reason();
            return ProblemMappers.problem(reason, refusal.getMessage());
        }
    }
}
