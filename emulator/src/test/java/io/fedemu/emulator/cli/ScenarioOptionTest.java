package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.topology.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --scenario takes a shipped scenario's name or a file, and a file that exists always wins. */
class ScenarioOptionTest {
    @Test
    void withoutTheOptionTheHybridScenarioRuns() {
        assertThat(new ScenarioOption().load().scenario()).isEqualTo("hybrid");
    }

    @Test
    void aShippedScenarioLoadsByName() {
        assertThat(option(Path.of("partner")).load().scenario()).isEqualTo("partner");
        assertThat(option(Path.of("teaching-firewall.yaml")).load().organizations())
                .isNotEmpty();
    }

    @Test
    void aFileOfYourOwnWinsOverAName(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("partner");
        Files.copy(Path.of("../scenarios/hybrid.yaml"), mine);
        // its calendars, which the scenario names relative to itself
        Files.createDirectories(dir.resolve("hybrid"));
        try (var calendars = Files.list(Path.of("../scenarios/hybrid"))) {
            for (Path calendar : calendars.toList()) {
                Files.copy(calendar, dir.resolve("hybrid").resolve(calendar.getFileName()));
            }
        }

        assertThat(option(mine).load().scenario()).isEqualTo("hybrid");
    }

    @Test
    void aMissingFileThatIsNoShippedNameIsAnErrorNamingTheFile() {
        assertThatThrownBy(() -> option(Path.of("no-such-scenario.yaml")).load())
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("no-such-scenario.yaml");
    }

    private static ScenarioOption option(Path file) {
        ScenarioOption option = new ScenarioOption();
        option.file = file;
        return option;
    }
}
