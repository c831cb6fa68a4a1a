package io.fedemu.certs;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;

/** The outcome of an expiry check on one slot. */
public record SlotValidity<T>(Slot slot, T value, State state, Instant notAfter) {

    public enum State {
        VALID,
        EXPIRING_SOON,
        EXPIRED,
        NOT_YET_VALID;

        static State of(X509Certificate certificate, Instant now, Duration warnWithin) {
            Instant notBefore = certificate.getNotBefore().toInstant();
            Instant notAfter = certificate.getNotAfter().toInstant();
            if (now.isBefore(notBefore)) {
                return NOT_YET_VALID;
            }
            if (!now.isBefore(notAfter)) {
                return EXPIRED;
            }
            return now.plus(warnWithin).isBefore(notAfter) ? VALID : EXPIRING_SOON;
        }
    }
}
