package io.fedemu.topology.scenario;

import io.fedemu.protocol.faults.GatewayFaults;
import io.fedemu.protocol.faults.LinkFault;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;

/**
 * A scenario's faults as the roles' {@code /admin/faults} take them. The clock offsets come from the
 * roles' own {@code clockOffsetSeconds}, so mending every fault also sets the clocks right.
 */
public final class ScenarioFaults {
    private ScenarioFaults() {}

    public static GatewayFaults gateway(Scenario scenario) {
        Scenario.GatewayFaultsSpec spec = scenario.gateway().faults();
        return new GatewayFaults(
                spec.down(),
                spec.delayMillis(),
                scenario.gateway().clockOffsetSeconds(),
                spec.signWithUnpublishedKey(),
                spec.tokenAudience());
    }

    public static TenantFaults organization(OrganizationSpec organization) {
        return new TenantFaults(
                organization.faults().down(),
                organization.faults().delayMillis(),
                organization.clockOffsetSeconds(),
                organization.faults().links().stream()
                        .map(link -> new LinkFault(link.to(), link.fault(), link.delayMillis(), null))
                        .toList(),
                organization.faults().downServers());
    }
}
