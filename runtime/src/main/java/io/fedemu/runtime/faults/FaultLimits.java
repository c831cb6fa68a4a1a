package io.fedemu.runtime.faults;

import io.fedemu.protocol.reason.Reason;

/** Bounds on injected faults, so a typo cannot park a role's threads for hours. */
public final class FaultLimits {
    /** Two minutes: longer than any budget in the emulator (10 s per partner call, 30 s for clients). */
    public static final long MAX_DELAY_MILLIS = 120_000;
    /** A week either way covers every expiry the emulator has (tokens: 15 min / 8 h; overlap: 24 h). */
    public static final long MAX_CLOCK_OFFSET_SECONDS = 7 * 24 * 3600;

    private FaultLimits() {}

    public static void checkDelay(String field, long millis) {
        if (millis < 0 || millis > MAX_DELAY_MILLIS) {
            throw new FaultRefusedException(
                    Reason.FAULT_INVALID,
                    field + ": must be between 0 and " + MAX_DELAY_MILLIS + " milliseconds, got " + millis);
        }
    }

    public static void checkClockOffset(String field, long seconds) {
        if (Math.abs(seconds) > MAX_CLOCK_OFFSET_SECONDS) {
            throw new FaultRefusedException(
                    Reason.FAULT_INVALID,
                    field + ": must be within " + MAX_CLOCK_OFFSET_SECONDS + " seconds either way, got " + seconds);
        }
    }
}
