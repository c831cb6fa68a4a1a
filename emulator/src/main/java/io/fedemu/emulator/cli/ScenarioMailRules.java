package io.fedemu.emulator.cli;

import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The rules of the running emulator's organizations as its scenario file declares them (docs/PROTOCOL.md section
 * 20): fedemu's transport and journal rules are scenario-only, so the get cmdlets read the file the emulator was
 * started from.
 */
final class ScenarioMailRules {
    private ScenarioMailRules() {}

    static Scenario.OrganizationSpec organization(RunningEmulator emulator, String tenant) {
        Path file = Path.of(emulator.endpoints().scenarioFile());
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the running scenario's file " + file + " cannot be read");
        }
        Scenario scenario = new ScenarioLoader().load(file);
        String name = emulator.tenantOrOnly(tenant, "rules", null).name();
        return scenario.organization(name).orElseThrow();
    }
}
