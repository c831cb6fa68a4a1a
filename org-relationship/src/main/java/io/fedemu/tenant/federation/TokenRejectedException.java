package io.fedemu.tenant.federation;

import io.fedemu.protocol.reason.Reason;

/** A delegation token that failed one check; the message gives the particulars (times, names). */
public final class TokenRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Reason check;

    public TokenRejectedException(Reason check, String particulars) {
        super(check.sentence() + (particulars == null || particulars.isEmpty() ? "" : " " + particulars));
        this.check = check;
    }

    public Reason check() {
        return check;
    }
}
