package io.fedemu.tenant.faults;

import io.fedemu.certs.AdjustableClock;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.runtime.faults.FaultLimits;
import io.fedemu.runtime.faults.RoleFaultSwitch;
import java.time.Duration;

/**
 * The faults of one organization, applied as a whole: {@link #apply} replaces what was there, and
 * {@link #clear} mends everything. A refused request changes nothing, because every value is checked
 * (and every link proxy started) before the switches move.
 */
public final class TenantFaultInjection implements AutoCloseable {
    private final RoleFaultSwitch role;
    private final AdjustableClock clock;
    private final LinkFaultProxies links;

    public TenantFaultInjection(RoleFaultSwitch role, AdjustableClock clock, LinkFaultProxies links) {
        this.role = role;
        this.clock = clock;
        this.links = links;
    }

    public synchronized TenantFaults apply(TenantFaults faults) {
        FaultLimits.checkDelay("delayMillis", faults.delayMillis());
        FaultLimits.checkClockOffset("clockOffsetSeconds", faults.clockOffsetSeconds());
        links.replace(faults.links());
        role.down(faults.down());
        role.delay(Duration.ofMillis(faults.delayMillis()));
        clock.setOffset(Duration.ofSeconds(faults.clockOffsetSeconds()));
        return current();
    }

    public synchronized TenantFaults clear() {
        return apply(TenantFaults.NONE);
    }

    public TenantFaults current() {
        return new TenantFaults(
                role.down(), role.delay().toMillis(), clock.offset().toSeconds(), links.current());
    }

    @Override
    public void close() {
        links.close();
    }
}
