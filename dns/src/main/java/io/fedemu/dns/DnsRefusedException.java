package io.fedemu.dns;

import io.fedemu.protocol.reason.Reason;

/** A record or a change the emulated DNS refuses: one reason, and a detail naming the field. Nothing changed. */
public final class DnsRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Reason reason;

    public DnsRefusedException(Reason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
