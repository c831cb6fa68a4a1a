package io.fedemu.tenant.admin;

import io.fedemu.protocol.reason.Reason;
import java.util.Objects;
import java.util.Optional;

/** A refused admin request; the message names what was wrong (the field, the address, the line). */
public final class AdminRefusedException extends RuntimeException {
    private final Reason reason;
    private final String field;
    private final String problem;

    public AdminRefusedException(Reason reason, String message) {
        this(reason, message, null, message);
    }

    private AdminRefusedException(Reason reason, String message, String field, String problem) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.field = field;
        this.problem = problem;
    }

    /** A calendar item refused because of one field; the detail starts with the field's name. */
    static AdminRefusedException field(String field, String problem) {
        return new AdminRefusedException(Reason.EVENT_INVALID, field + ": " + problem, field, problem);
    }

    /** The refused field of a calendar item (start, end, busyType, rrule...), for callers that name it their way. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The message without the field's name. */
    public String problem() {
        return problem;
    }

    public Reason reason() {
        return reason;
    }
}
