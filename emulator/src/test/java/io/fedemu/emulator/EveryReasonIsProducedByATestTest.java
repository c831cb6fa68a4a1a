package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.reason.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps issue 11's promise that every reason is produced by a test on the wire from rotting: each {@link Reason}
 * must be named, as {@code Reason.NAME} or {@code "NAME"}, by a test of some module of the reactor. The tests
 * that walk every value (the enum's own tests and this one) do not count, since naming them all proves nothing.
 * A new reason therefore comes with the test that triggers it and asserts it in the wire answer (and in the
 * journal where its role journals it).
 */
class EveryReasonIsProducedByATestTest {
    /** Tests that name reasons without producing them. */
    private static final Set<String> WALKERS =
            Set.of("ReasonTest.java", "ReasonReferenceTest.java", "EveryReasonIsProducedByATestTest.java");

    @Test
    void everyReasonIsNamedByATestThatProducesIt() {
        List<String> sources = testSources(Path.of(".."));
        assertThat(sources)
                .as("test sources of the reactor found from " + Path.of("..").toAbsolutePath())
                .isNotEmpty();

        List<String> unnamed = new ArrayList<>();
        for (Reason reason : Reason.values()) {
            Pattern named = Pattern.compile("\\bReason\\." + reason.name() + "\\b|\"" + reason.name() + "\"");
            if (sources.stream().noneMatch(source -> named.matcher(source).find())) {
                unnamed.add(reason.name());
            }
        }

        assertThat(unnamed)
                .as("reasons no test produces on the wire and names as Reason.NAME or \"NAME\"")
                .isEmpty();
    }

    /** Every .java file under each module's src/test/java below the reactor root, but the walkers. */
    private static List<String> testSources(Path root) {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.sorted().toList()) {
                Path tests = module.resolve("src").resolve("test").resolve("java");
                if (!Files.isDirectory(tests)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(tests)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                            .filter(f -> !WALKERS.contains(f.getFileName().toString()))
                            .toList()) {
                        sources.add(Files.readString(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }
}
