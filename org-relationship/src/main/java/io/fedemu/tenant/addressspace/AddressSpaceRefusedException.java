package io.fedemu.tenant.addressspace;

import io.fedemu.protocol.reason.Reason;

/** A refused change to the availability address spaces; nothing was changed. */
public final class AddressSpaceRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Reason reason;

    public AddressSpaceRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
