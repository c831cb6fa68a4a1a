package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.reason.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/reference/hostile-input.md names, for every hostile case, the test that sends it and the reason it gets.
 * This keeps the page honest: each {@code Class#method} it names is a test method in the module it names, and
 * each reason is one the vocabulary has.
 */
class HostileInputCatalogueTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern ROW_TESTS = Pattern.compile("`([a-z-]+)` ((?:`[A-Za-z]+#[A-Za-z0-9]+`(?:, )?)+)");
    private static final Pattern TEST = Pattern.compile("`([A-Za-z]+)#([A-Za-z0-9]+)`");
    private static final Pattern UPPER = Pattern.compile("`([A-Z][A-Z_]+)`");

    @Test
    void everyTestThePageNamesExistsInItsModule() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/reference/hostile-input.md"));
        List<String> missing = new ArrayList<>();
        int named = 0;
        Matcher row = ROW_TESTS.matcher(page);
        while (row.find()) {
            Path tests = ROOT.resolve(row.group(1)).resolve("src/test/java");
            Matcher test = TEST.matcher(row.group(2));
            while (test.find()) {
                named++;
                if (!declares(tests, test.group(1), test.group(2))) {
                    missing.add(row.group(1) + " " + test.group(1) + "#" + test.group(2));
                }
            }
        }

        assertThat(named).as("tests named by the page").isGreaterThan(20);
        assertThat(missing).as("tests the page names that do not exist").isEmpty();
    }

    @Test
    void everyReasonThePageNamesIsInTheVocabulary() throws IOException {
        String page = Files.readString(ROOT.resolve("docs/reference/hostile-input.md"));
        Matcher upper = UPPER.matcher(page);
        List<String> unknown = new ArrayList<>();
        while (upper.find()) {
            // RRULE parts the page quotes are upper case too; everything else must be a reason.
            boolean rrulePart = java.util.Set.of("BYHOUR", "SECONDLY").contains(upper.group(1));
            if (Reason.byName(upper.group(1)) == null && !rrulePart) {
                unknown.add(upper.group(1));
            }
        }
        assertThat(unknown).isEmpty();
    }

    private static boolean declares(Path tests, String className, String method) {
        try (Stream<Path> files = Files.walk(tests)) {
            return files.filter(file -> file.getFileName().toString().equals(className + ".java"))
                    .anyMatch(file -> read(file).contains(" void " + method + "("));
        } catch (IOException e) {
            return false;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
