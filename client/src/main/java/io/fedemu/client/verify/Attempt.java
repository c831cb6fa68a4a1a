package io.fedemu.client.verify;

import io.fedemu.client.autodiscover.AutodiscoverException;
import io.fedemu.client.http.ProblemException;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.reason.Reason;
import java.util.function.Supplier;

/**
 * A value fetched from an endpoint, or why it could not be: the verifier keeps walking the chain when one
 * endpoint fails, so every link is reported, not just the first failure.
 *
 * @param reason why the value could not be had (ENDPOINT_UNREACHABLE, ENDPOINT_REFUSED, AUTODISCOVER_FAILED with
 *     the Autodiscover ErrorCode in the failure, CHECK_FAILED); null on success
 */
record Attempt<T>(T value, Reason reason, String failure) {

    static <T> Attempt<T> of(Supplier<T> fetch) {
        try {
            return new Attempt<>(fetch.get(), null, null);
        } catch (UnreachableException e) {
            return new Attempt<>(null, Reason.ENDPOINT_UNREACHABLE, e.getMessage());
        } catch (ProblemException e) {
            return new Attempt<>(null, Reason.ENDPOINT_REFUSED, e.getMessage());
        } catch (AutodiscoverException e) {
            return new Attempt<>(null, Reason.AUTODISCOVER_FAILED, e.errorCode() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            return new Attempt<>(null, Reason.CHECK_FAILED, String.valueOf(e.getMessage()));
        }
    }

    boolean ok() {
        return reason == null;
    }

    /** Hands the value on when there is one. */
    void ok(java.util.function.Consumer<T> use) {
        if (ok()) {
            use.accept(value);
        }
    }
}
