package io.fedemu.topology.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes as a scenario file either load or are refused with a {@link ScenarioException} naming the
 * file (and the line and field where it knows them); no other exception, no hang. The committed corpus
 * runs in every build (docs/reference/fuzzing.md); {@code JAZZER_FUZZ=1} fuzzes.
 */
class ScenarioLoaderFuzzTest {
    private static final ScenarioLoader LOADER = new ScenarioLoader();
    private static Path dir;
    private static Path file;

    @BeforeAll
    static void directory() throws IOException {
        dir = Files.createTempDirectory("scenario-fuzz");
        file = dir.resolve("scenario.yaml");
        // The shipped scenarios' calendar folders beside the file, so the corpus's calendar: entries resolve and
        // the fuzzer reaches the .ics and inline-event checks.
        Path shipped = ShippedScenarios.file("hybrid").orElseThrow().getParent();
        for (String folder : new String[] {"hybrid", "partner"}) {
            Files.createDirectories(dir.resolve(folder));
            try (var calendars = Files.list(shipped.resolve(folder))) {
                for (Path calendar : calendars.toList()) {
                    Files.copy(
                            calendar,
                            dir.resolve(folder).resolve(calendar.getFileName().toString()));
                }
            }
        }
    }

    @AfterAll
    static void clean() throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void loadsOrRefusesWithFileLineAndField(byte[] yaml) throws IOException {
        Files.write(file, yaml);
        try {
            LOADER.load(file);
        } catch (ScenarioException refused) {
            assertThat(refused.file()).isEqualTo(file);
            assertThat(refused.line()).isNotNegative();
            assertThat(refused.field()).isNotNull();
            assertThat(refused.getMessage()).startsWith(file.toString());
        }
    }
}
