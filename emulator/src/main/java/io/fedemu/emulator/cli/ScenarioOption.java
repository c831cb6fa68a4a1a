package io.fedemu.emulator.cli;

import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --scenario FILE}; by default the shipped hybrid scenario, found through {@code fedemu.home}
 * (set by the ./fedemu script to the repository) or the working directory.
 */
public final class ScenarioOption {
    @Option(
            names = "--scenario",
            paramLabel = "FILE",
            description = "Scenario file (default: scenarios/hybrid.yaml of this fedemu).")
    Path file;

    public Path path() {
        if (file != null) {
            return file;
        }
        return Path.of(System.getProperty("fedemu.home", "."))
                .resolve("scenarios")
                .resolve("hybrid.yaml");
    }

    public Scenario load() {
        return new ScenarioLoader().load(path());
    }
}
