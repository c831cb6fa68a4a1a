package io.fedemu.tenant.admin;

import java.util.Objects;

/** A refused admin request; the message names what was wrong (the field, the address, the line). */
public final class AdminRefusedException extends RuntimeException {
    private final AdminRefusal reason;

    public AdminRefusedException(AdminRefusal reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** A calendar item refused because of one field; the detail starts with the field's name. */
    static AdminRefusedException field(String field, String problem) {
        return new AdminRefusedException(AdminRefusal.EVENT_INVALID, field + ": " + problem);
    }

    public AdminRefusal reason() {
        return reason;
    }
}
