package io.fedemu.gateway.faults;

import io.fedemu.certs.AdjustableClock;
import io.fedemu.certs.Credential;
import io.fedemu.gateway.token.TokenFaults;
import io.fedemu.protocol.faults.GatewayFaults;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.faults.FaultLimits;
import io.fedemu.runtime.faults.FaultRefusedException;
import io.fedemu.runtime.faults.RoleFaultSwitch;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The gateway's faults, applied as a whole: {@link #apply} replaces what was there, {@link #clear}
 * mends everything, and a refused request changes nothing.
 *
 * <p>The unpublished key is a real RSA key issued by the emulator's CA, made when first needed and kept
 * only in memory: it is never written to the state directory, the metadata or the JWKS, which is
 * exactly what makes receivers refuse what it signs.
 */
public final class GatewayFaultInjection implements TokenFaults {
    private final RoleFaultSwitch role;
    private final AdjustableClock clock;
    private final Supplier<Credential> unpublishedKeyFactory;
    private Credential unpublishedKey;
    private volatile boolean signWithUnpublishedKey;
    private volatile String tokenAudience;

    public GatewayFaultInjection(
            RoleFaultSwitch role, AdjustableClock clock, Supplier<Credential> unpublishedKeyFactory) {
        this.role = role;
        this.clock = clock;
        this.unpublishedKeyFactory = unpublishedKeyFactory;
    }

    public synchronized GatewayFaults apply(GatewayFaults faults) {
        FaultLimits.checkDelay("delayMillis", faults.delayMillis());
        FaultLimits.checkClockOffset("clockOffsetSeconds", faults.clockOffsetSeconds());
        if (faults.tokenAudience() != null && faults.tokenAudience().isBlank()) {
            throw new FaultRefusedException(
                    Reason.FAULT_INVALID, "tokenAudience: must name an audience, or be left out for the right one");
        }
        if (faults.signWithUnpublishedKey() && unpublishedKey == null) {
            unpublishedKey = unpublishedKeyFactory.get();
        }
        role.down(faults.down());
        role.delay(Duration.ofMillis(faults.delayMillis()));
        clock.setOffset(Duration.ofSeconds(faults.clockOffsetSeconds()));
        signWithUnpublishedKey = faults.signWithUnpublishedKey();
        tokenAudience = faults.tokenAudience();
        return current();
    }

    public GatewayFaults clear() {
        return apply(GatewayFaults.NONE);
    }

    public GatewayFaults current() {
        return new GatewayFaults(
                role.down(),
                role.delay().toMillis(),
                clock.offset().toSeconds(),
                signWithUnpublishedKey,
                tokenAudience);
    }

    @Override
    public Credential signingKey(Credential published) {
        return signWithUnpublishedKey ? unpublishedKey : published;
    }

    @Override
    public String audience(String targetApplicationUri) {
        String wrong = tokenAudience;
        return wrong == null ? targetApplicationUri : wrong;
    }
}
