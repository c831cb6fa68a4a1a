package io.fedemu.tenant.federation;

/** A delegation token that failed one check; the message gives the particulars (times, names). */
public final class TokenRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final TokenCheck check;

    public TokenRejectedException(TokenCheck check, String particulars) {
        super(check.sentence() + (particulars == null || particulars.isEmpty() ? "" : " " + particulars));
        this.check = check;
    }

    public TokenCheck check() {
        return check;
    }
}
