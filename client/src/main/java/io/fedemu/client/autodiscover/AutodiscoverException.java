package io.fedemu.client.autodiscover;

import java.util.Optional;

/**
 * The Autodiscover service answered, with an error: its ErrorCode (e.g. InvalidDomain, InvalidUser,
 * InvalidRequest, RedirectAddress) and ErrorMessage as sent, plus the redirect target when there is one.
 */
public final class AutodiscoverException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String errorCode;
    private final String errorMessage;
    private final String redirectTarget;

    public AutodiscoverException(String errorCode, String errorMessage, String redirectTarget) {
        super(errorCode + ": " + (errorMessage == null || errorMessage.isEmpty() ? "(no message)" : errorMessage)
                + (redirectTarget == null ? "" : " (redirect to " + redirectTarget + ")"));
        this.errorCode = errorCode;
        this.errorMessage = errorMessage == null ? "" : errorMessage;
        this.redirectTarget = redirectTarget;
    }

    /** Exchange's ErrorCode name, e.g. {@code InvalidDomain}. */
    public String errorCode() {
        return errorCode;
    }

    public String errorMessage() {
        return errorMessage;
    }

    /** Where a RedirectAddress or RedirectUrl answer points. */
    public Optional<String> redirectTarget() {
        return Optional.ofNullable(redirectTarget);
    }
}
