import io.fedemu.junit.FederationExtension;
import java.lang.management.ManagementFactory;

/**
 * Starts and stops the federation of FederationExtension.scenario(SCENARIO) CLASSES times in this JVM, as
 * Surefire runs test classes one after another, and prints one line per class: "class N wall-ms cpu-ms" (time in
 * beforeAll; CPU of the whole JVM meanwhile). Run by benchmarks/test-topology.sh in source-file mode against any
 * build's classpath, so the same driver measures main and a change.
 */
public class TestTopologyStarts {
    public static void main(String[] args) throws Exception {
        int classes = Integer.parseInt(args[0]);
        String scenario = args.length > 1 ? args[1] : "hybrid";
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 1; i <= classes; i++) {
            FederationExtension federation = FederationExtension.scenario(scenario);
            long cpu = os.getProcessCpuTime();
            long started = System.nanoTime();
            federation.beforeAll(null);
            long wall = (System.nanoTime() - started) / 1_000_000;
            long used = (os.getProcessCpuTime() - cpu) / 1_000_000;
            federation.afterAll(null);
            System.out.println("class " + i + " " + wall + " " + used);
        }
        System.exit(0);
    }
}
