package io.fedemu.tenant.faults;

import io.fedemu.certs.AdjustableClock;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.runtime.faults.FaultLimits;
import io.fedemu.runtime.faults.RoleFaultSwitch;
import java.time.Duration;
import java.util.List;

/**
 * The faults of one organization, applied as a whole: {@link #apply} replaces what was there, and
 * {@link #clear} mends everything. A refused request changes nothing, because every value is checked
 * (and every link proxy started) before the switches move.
 */
public final class TenantFaultInjection implements AutoCloseable {
    private final RoleFaultSwitch role;
    private final AdjustableClock clock;
    private final LinkFaultProxies links;
    private final ServerSwitches servers;
    /** Read by the hybrid mail transport at each hop (issue 15). */
    private volatile boolean expiredSmtpCertificate;

    public TenantFaultInjection(RoleFaultSwitch role, AdjustableClock clock, LinkFaultProxies links) {
        this(role, clock, links, ServerSwitches.none("this organization"));
    }

    public TenantFaultInjection(
            RoleFaultSwitch role, AdjustableClock clock, LinkFaultProxies links, ServerSwitches servers) {
        this.role = role;
        this.clock = clock;
        this.links = links;
        this.servers = servers;
    }

    public synchronized TenantFaults apply(TenantFaults faults) {
        FaultLimits.checkDelay("delayMillis", faults.delayMillis());
        FaultLimits.checkClockOffset("clockOffsetSeconds", faults.clockOffsetSeconds());
        java.util.Set<String> down = new java.util.LinkedHashSet<>();
        for (String name : faults.downServers()) {
            String known = servers.names().stream()
                    .filter(server -> server.equalsIgnoreCase(name))
                    .findFirst()
                    .orElseThrow(() -> new io.fedemu.runtime.faults.FaultRefusedException(
                            io.fedemu.protocol.reason.Reason.FAULT_INVALID,
                            "downServers: '" + name + "' is not a server of this organization; its servers are "
                                    + servers.names()));
            down.add(known);
        }
        links.replace(faults.links());
        servers.down(down);
        role.down(faults.down());
        role.delay(Duration.ofMillis(faults.delayMillis()));
        clock.setOffset(Duration.ofSeconds(faults.clockOffsetSeconds()));
        expiredSmtpCertificate = faults.expiredSmtpCertificate();
        return current();
    }

    public synchronized TenantFaults clear() {
        return apply(TenantFaults.NONE);
    }

    public TenantFaults current() {
        return new TenantFaults(
                role.down(),
                role.delay().toMillis(),
                clock.offset().toSeconds(),
                links.current(),
                List.copyOf(servers.down()),
                expiredSmtpCertificate);
    }

    @Override
    public void close() {
        links.close();
    }
}
