package io.fedemu.topology.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The scenarios a project that only depends on fedemu can run: by name, from the class path. */
class ShippedScenariosTest {
    private static final Path SCENARIOS = Path.of("..", "scenarios");
    private final ScenarioLoader loader = new ScenarioLoader();

    @Test
    void everyScenarioOfTheScenariosFolderIsShippedUnderItsName() throws IOException {
        List<String> inFolder;
        try (Stream<Path> files = Files.list(SCENARIOS)) {
            inFolder = files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".yaml"))
                    .map(file -> file.substring(0, file.length() - ".yaml".length()))
                    .sorted()
                    .toList();
        }

        assertThat(ScenarioLoader.shippedNames())
                .containsExactlyElementsOf(inFolder)
                .contains(
                        "hybrid",
                        "hybrid-blank",
                        "partner",
                        "teaching-firewall",
                        "teaching-mail-certificate-name",
                        "teaching-mailtips-limited",
                        "teaching-stale-metadata",
                        "teaching-wrong-target-address");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "hybrid",
                "hybrid-blank",
                "partner",
                "teaching-firewall",
                "teaching-mail-certificate-name",
                "teaching-mailtips-limited",
                "teaching-stale-metadata",
                "teaching-wrong-target-address"
            })
    void aShippedScenarioLoadsByNameWithItsCalendars(String name) {
        Scenario shipped = loader.loadShipped(name);
        Scenario cloned = loader.load(SCENARIOS.resolve(name + ".yaml"));

        assertThat(shipped.organizations()).isEqualTo(cloned.organizations());
        assertThat(shipped.gateway()).isEqualTo(cloned.gateway());
        for (Scenario.OrganizationSpec organization : shipped.organizations()) {
            assertThat(TenantDefinitions.from(shipped, organization).initialCalendars())
                    .isEqualTo(TenantDefinitions.from(cloned, organization).initialCalendars());
        }
    }

    @Test
    void theFileNameWorksAsWellAsTheName() {
        assertThat(loader.loadShipped("hybrid.yaml").scenario()).isEqualTo("hybrid");
    }

    @Test
    void anUnknownNameIsRefusedNamingEveryShippedScenario() {
        assertThatThrownBy(() -> loader.loadShipped("hybird"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no shipped scenario named 'hybird'")
                .hasMessageContaining(
                        "hybrid, hybrid-blank, partner, teaching-2007-below-ru10, teaching-firewall,"
                                + " teaching-mail-certificate-name, teaching-mailbox-server-failure, teaching-mailtips-limited, teaching-stale-metadata");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../scenarios/hybrid", "hybrid/alice.ics", "/io/fedemu/scenarios/hybrid", "", "."})
    void aPathIsNotAName(String name) {
        assertThatThrownBy(() -> loader.loadShipped(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the shipped scenarios are hybrid, ");
    }

    /** What a consumer project sees: the scenarios inside the fedemu-topology jar, calendars and all. */
    @Test
    void scenariosInsideAJarLoadWithTheirRelativeCalendars(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("fedemu-topology.jar");
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream zip = new JarOutputStream(out);
                Stream<Path> files = Files.walk(SCENARIOS)) {
            for (Path file : files.sorted().toList()) {
                String relative = SCENARIOS.relativize(file).toString().replace('\\', '/');
                String entry = ShippedScenarios.FOLDER + (relative.isEmpty() ? "" : "/" + relative);
                if (Files.isDirectory(file)) {
                    zip.putNextEntry(new JarEntry(entry + "/"));
                } else {
                    zip.putNextEntry(new JarEntry(entry));
                    zip.write(Files.readAllBytes(file));
                }
                zip.closeEntry();
            }
        }
        try (URLClassLoader classPath =
                new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Path folder = ShippedScenarios.locate(classPath).orElseThrow();
            Scenario hybrid = loader.load(folder.resolve("hybrid.yaml"));

            assertThat(hybrid.source().getFileSystem()).isNotEqualTo(SCENARIOS.getFileSystem());
            Scenario.OrganizationSpec onPremises =
                    hybrid.organization("contoso-onprem").orElseThrow();
            assertThat(TenantDefinitions.from(hybrid, onPremises).initialCalendars())
                    .isEqualTo(TenantDefinitions.from(loader.load(SCENARIOS.resolve("hybrid.yaml")), onPremises)
                            .initialCalendars())
                    .isNotEmpty();
        }
    }
}
