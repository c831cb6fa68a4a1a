package io.fedemu.junit;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints how long a test class waits in beforeAll for its federation, for the first class in a JVM and
 * the ones after it (docs/contract-testing.md). Prints, never asserts: timings on a shared machine vary.
 * Run alone, so the first start is a cold JVM's:
 * {@code mvn -B -ntp -o -q -pl junit test -Dtest=StartupFiguresTest -Dfedemu.figures=true}
 */
@EnabledIfSystemProperty(named = "fedemu.figures", matches = "true")
class StartupFiguresTest {
    @Test
    void printsStartUpOfConsecutiveClasses() throws Exception {
        String[] classes = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"};
        for (String name : classes) {
            FederationExtension federation = FederationExtension.scenario("hybrid");
            long started = System.nanoTime();
            federation.beforeAll(null);
            long ready = System.nanoTime();
            federation.afterAll(null);
            System.out.printf(
                    Locale.ROOT, "fedemu start-up, %s class in this JVM: %d ms%n", name, (ready - started) / 1_000_000);
        }
    }
}
