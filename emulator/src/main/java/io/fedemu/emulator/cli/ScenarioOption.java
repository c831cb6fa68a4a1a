package io.fedemu.emulator.cli;

import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * {@code --scenario NAME|FILE}: a shipped scenario by name ({@code hybrid}, {@code partner}, {@code teaching-*}) or
 * a file of your own; by default the shipped hybrid scenario. A file that exists wins over a name, so a scenario
 * of your own called {@code partner} in the working directory is still yours.
 */
public final class ScenarioOption {
    @Option(
            names = "--scenario",
            paramLabel = "NAME|FILE",
            description = "A shipped scenario by name (hybrid, partner, teaching-firewall, ...) or a scenario file "
                    + "(default: hybrid).")
    Path file;

    public Scenario load() {
        if (file != null && Files.exists(file)) {
            return new ScenarioLoader().load(file);
        }
        String name = file == null ? "hybrid" : shippedName(file.toString());
        // From a clone (./fedemu sets fedemu.home), read the working copy, so edits to scenarios/ show at once.
        Path inHome = Path.of(System.getProperty("fedemu.home", "."))
                .resolve("scenarios")
                .resolve(name + ".yaml");
        if (Files.exists(inHome)) {
            return new ScenarioLoader().load(inHome);
        }
        if (file != null && !ScenarioLoader.shippedNames().contains(name)) {
            return new ScenarioLoader().load(file); // names the missing file in its error
        }
        return new ScenarioLoader().loadShipped(name);
    }

    private static String shippedName(String written) {
        String name = written.toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
    }
}
