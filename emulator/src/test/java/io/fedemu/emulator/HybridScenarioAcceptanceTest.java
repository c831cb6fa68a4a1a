package io.fedemu.emulator;

import io.fedemu.junit.FederationExtension;
import io.fedemu.topology.Topology;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shipped seed scenario, {@code hybrid}, as the wizard would have left it: {@link HybridBehaviourContract}. */
class HybridScenarioAcceptanceTest extends HybridBehaviourContract {

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    @Override
    Topology topology() {
        return federation.topology();
    }
}
