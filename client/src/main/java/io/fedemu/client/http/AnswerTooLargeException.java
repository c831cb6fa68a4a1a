package io.fedemu.client.http;

import java.io.IOException;

/** The far side's answer grew past what fedemu reads from it; the call stops there instead of buffering on. */
public final class AnswerTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    public AnswerTooLargeException(long limit) {
        super("the answer exceeds " + limit + " bytes");
    }

    /** Whether {@code failure} or one of its causes is an answer cut off for its size. */
    public static boolean in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof AnswerTooLargeException) {
                return true;
            }
            if (cause == cause.getCause()) {
                return false;
            }
        }
        return false;
    }
}
