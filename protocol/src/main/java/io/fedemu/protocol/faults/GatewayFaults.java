package io.fedemu.protocol.faults;

/**
 * The gateway misbehaving on purpose. Absent fields mean "no fault".
 *
 * @param down                   connections to the token, metadata and JWKS endpoints are dropped without an
 *                               answer; {@code /admin} stays reachable so the fault can be cleared
 * @param delayMillis            every answer outside {@code /admin} is held back this long
 * @param clockOffsetSeconds     the gateway's clock runs this far ahead (negative: behind)
 * @param signWithUnpublishedKey tokens are signed with a key that neither the metadata nor the JWKS
 *                               publishes: receivers refuse them as GATEWAY_KEY_UNKNOWN
 * @param tokenAudience          tokens name this audience instead of the target organization's application
 *                               URI, while still encrypted to the target: receivers refuse them as
 *                               TOKEN_AUDIENCE_MISMATCH
 */
public record GatewayFaults(
        Boolean down, Long delayMillis, Long clockOffsetSeconds, Boolean signWithUnpublishedKey, String tokenAudience) {

    public static final GatewayFaults NONE = new GatewayFaults(false, 0L, 0L, false, null);

    public GatewayFaults {
        down = down != null && down;
        delayMillis = delayMillis == null ? 0L : delayMillis;
        clockOffsetSeconds = clockOffsetSeconds == null ? 0L : clockOffsetSeconds;
        signWithUnpublishedKey = signWithUnpublishedKey != null && signWithUnpublishedKey;
    }

    public boolean any() {
        return !equals(NONE);
    }
}
