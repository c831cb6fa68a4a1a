package io.fedemu.emulator.cli;

import io.fedemu.client.gateway.GatewayAdminClient;
import java.util.ArrayList;
import java.util.List;

/** The roles a fault cmdlet acts on: one named by {@code --role}, or every role of the running emulator. */
final class FaultTargets {
    static final String GATEWAY = "gateway";

    private FaultTargets() {}

    static List<String> roles(RunningEmulator emulator, String role) {
        if (role != null) {
            if (!GATEWAY.equalsIgnoreCase(role)) {
                emulator.tenant(role); // names the known tenants when this one is not among them
            }
            return List.of(role);
        }
        List<String> all = new ArrayList<>();
        all.add(GATEWAY);
        emulator.endpoints().tenants().forEach(tenant -> all.add(tenant.name()));
        return all;
    }

    static GatewayAdminClient gateway(RunningEmulator emulator) {
        return new GatewayAdminClient(emulator.gateway(), emulator.tls(), emulator.admin());
    }

    static RoleFaults current(RunningEmulator emulator, String role) {
        return GATEWAY.equalsIgnoreCase(role)
                ? RoleFaults.of(gateway(emulator).faults())
                : RoleFaults.of(
                        emulator.tenant(role).name(), emulator.admin(role).faults());
    }
}
