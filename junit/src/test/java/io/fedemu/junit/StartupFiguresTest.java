package io.fedemu.junit;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Prints how long a test class waits in beforeAll for its federation, for the first class in a JVM and
 * the ones after it (docs/contract-testing.md), with the CPU time the JVM spent meanwhile: on a machine
 * shared with other builds the wall time follows the load, the CPU time much less. Prints, never asserts.
 * Run alone, so the first start is a cold JVM's:
 * {@code mvn -B -ntp -o -q test -pl junit -am -Dtest=StartupFiguresTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfedemu.figures=true}
 */
@EnabledIfSystemProperty(named = "fedemu.figures", matches = "true")
class StartupFiguresTest {
    @Test
    void printsStartUpOfConsecutiveClasses() throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        String[] classes = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"};
        for (String name : classes) {
            FederationExtension federation = FederationExtension.scenario("hybrid");
            long cpu = os.getProcessCpuTime();
            long started = System.nanoTime();
            federation.beforeAll(null);
            long ready = System.nanoTime();
            long used = os.getProcessCpuTime() - cpu;
            federation.afterAll(null);
            System.out.printf(
                    Locale.ROOT,
                    "fedemu start-up, %s class in this JVM: %d ms (CPU %d ms)%n",
                    name,
                    (ready - started) / 1_000_000,
                    used / 1_000_000);
        }
    }
}
