package io.fedemu.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.topology.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/contract-testing.md shows the consumer project the build runs (src/it/consumer), verbatim, so the page
 * cannot show code that does not work.
 */
class ContractTestingPageTest {
    private static final Path PAGE = Path.of("../docs/contract-testing.md");
    private static final Path CONSUMER = Path.of("src/it/consumer");

    @ParameterizedTest
    @ValueSource(strings = {"FreeBusyOverHttpsTest.java", "FreeBusyOverHttpTest.java", "FreeBusy.java"})
    void thePageShowsTheConsumersTestCode(String file) throws IOException {
        String source = Files.readString(
                CONSUMER.resolve("src/test/java/com/example/contract").resolve(file));

        assertThat(Files.readString(PAGE)).contains(source.strip());
    }

    @Test
    void theReadmeShowsTheConsumersHttpsTestAndItsCoordinates() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("## Contract testing from your project"));
        int start = section.indexOf("```java") + "```java".length();
        String java = section.substring(start, section.indexOf("```", start));
        String source =
                Files.readString(CONSUMER.resolve("src/test/java/com/example/contract/FreeBusyOverHttpsTest.java"));

        // Each README line is a line of the consumer's test, one indentation level less (it leaves out the class).
        for (String line : java.strip().split("\n")) {
            assertThat(source).as("README line: " + line).contains(line.isBlank() ? "" : "    " + line);
        }
        assertThat(section).contains("<groupId>io.fedemu</groupId>\n  <artifactId>fedemu-junit</artifactId>");
        assertThat(Files.readString(CONSUMER.resolve("pom.xml"))).contains("<artifactId>fedemu-junit</artifactId>");
    }

    @Test
    void thePageShowsTheConsumersDependencies() throws IOException {
        String pom = Files.readString(CONSUMER.resolve("pom.xml"));
        String dependencies = pom.substring(
                pom.indexOf("  <dependencyManagement>"),
                pom.indexOf("\n  </dependencies>") + "\n  </dependencies>".length());

        assertThat(Files.readString(PAGE))
                .contains(dependencies)
                .contains("<artifactId>fedemu-junit</artifactId>\n  <version>0.1.0-SNAPSHOT</version>");
    }

    @Test
    void thePageListsEveryShippedScenario() throws IOException {
        String page = Files.readString(PAGE);

        assertThat(ScenarioLoader.shippedNames())
                .isNotEmpty()
                .allSatisfy(name -> assertThat(page).contains("| `" + name + "` |"));
    }
}
