package io.fedemu.tenant.relationship;

/** A refused change to the organization relationships; nothing was changed. */
public final class RelationshipRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final RelationshipRefusal reason;

    public RelationshipRefusedException(RelationshipRefusal reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public RelationshipRefusal reason() {
        return reason;
    }
}
