package io.fedemu.client.diagnostics;

import java.time.Duration;
import java.time.Instant;

/** How Test-FederationTrust judges a certificate's validity window: expired is an error, close to it a warning. */
final class Certificates {
    /** Exchange warns well ahead of expiry so a renewal can be published and propagate. */
    static final Duration RENEW_WARNING = Duration.ofDays(30);

    private Certificates() {}

    static TestResult judge(
            String id, String what, String thumbprint, Instant notBefore, Instant notAfter, Instant now) {
        String window = what + " " + thumbprint + " is valid from " + notBefore + " to " + notAfter;
        if (now.isBefore(notBefore)) {
            return TestResult.error(id, window + ": it is not valid yet.");
        }
        if (!now.isBefore(notAfter)) {
            return TestResult.error(id, window + ": it has expired.");
        }
        if (now.plus(RENEW_WARNING).isAfter(notAfter)) {
            return TestResult.warning(id, window + ": it expires within " + RENEW_WARNING.toDays() + " days.");
        }
        return TestResult.success(id, window + ".");
    }
}
