package io.fedemu.emulator.cli;

import io.fedemu.client.diagnostics.TestResult;
import java.io.PrintWriter;
import java.util.List;

/** How the Test-* cmdlets print their {Id, Type, Message} list, and what it means for the exit code. */
final class TestResults {
    private TestResults() {}

    static int print(PrintWriter out, OutputOptions output, List<TestResult> results) {
        if (output.json()) {
            OutputOptions.printJson(out, results);
        } else {
            for (TestResult result : results) {
                out.println();
                out.println(result.format());
            }
            out.println();
            out.flush();
        }
        // Warnings are worth a look but free/busy still works; an Error breaks it.
        return results.stream().anyMatch(r -> r.type() == TestResult.Type.ERROR)
                ? ExitStatus.TRUST_FAILURE.code()
                : ExitStatus.SUCCESS.code();
    }
}
