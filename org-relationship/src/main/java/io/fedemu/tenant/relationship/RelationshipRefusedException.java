package io.fedemu.tenant.relationship;

import io.fedemu.protocol.reason.Reason;

/** A refused change to the organization relationships; nothing was changed. */
public final class RelationshipRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    public RelationshipRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
