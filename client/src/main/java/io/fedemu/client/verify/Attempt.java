package io.fedemu.client.verify;

import io.fedemu.client.autodiscover.AutodiscoverException;
import io.fedemu.client.http.ProblemException;
import io.fedemu.client.http.UnreachableException;
import java.util.function.Supplier;

/**
 * A value fetched from an endpoint, or why it could not be: the verifier keeps walking the chain when one
 * endpoint fails, so every link is reported, not just the first failure.
 *
 * @param reason UNREACHABLE, REFUSED or the Autodiscover ErrorCode; null on success
 */
record Attempt<T>(T value, String reason, String failure) {

    static <T> Attempt<T> of(Supplier<T> fetch) {
        try {
            return new Attempt<>(fetch.get(), null, null);
        } catch (UnreachableException e) {
            return new Attempt<>(null, "UNREACHABLE", e.getMessage());
        } catch (ProblemException e) {
            return new Attempt<>(null, "REFUSED", e.getMessage());
        } catch (AutodiscoverException e) {
            return new Attempt<>(null, e.errorCode(), e.getMessage());
        } catch (RuntimeException e) {
            return new Attempt<>(null, "FAILED", String.valueOf(e.getMessage()));
        }
    }

    boolean ok() {
        return reason == null;
    }
}
