package io.fedemu.emulator.cli;

/**
 * Exit codes, distinct per kind of failure so scripts can branch on them. Only {@link #SUCCESS} is 0.
 */
public enum ExitStatus {
    SUCCESS(0),
    /** Something went wrong that is not one of the kinds below (a corrupt state file, for example). */
    FAILURE(1),
    /** The command line itself was wrong: unknown option, missing argument. picocli's own convention. */
    USAGE(2),
    /** A link of the trust chain failed: a token refused, a relationship missing. */
    TRUST_FAILURE(3),
    /** An endpoint could not be reached. */
    UNREACHABLE(4);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
