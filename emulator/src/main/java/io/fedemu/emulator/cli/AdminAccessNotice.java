package io.fedemu.emulator.cli;

import io.fedemu.runtime.admin.AdminAccess;
import io.fedemu.topology.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The admin access a command starts roles with, and the warning when a scenario opened it: printed on stderr,
 * in capitals, every start, since anyone on the machine (every user of a shared classroom machine, every local
 * process) can then change federation trusts and read calendars.
 */
final class AdminAccessNotice {
    private AdminAccessNotice() {}

    static AdminAccess resolve(Path stateDirectory, Scenario scenario, PrintWriter err) {
        AdminAccess access = AdminAccess.of(stateDirectory);
        if (scenario == null || !scenario.adminOpen()) {
            return access;
        }
        warn(err, scenario.scenario());
        return access.opened();
    }

    static void warn(PrintWriter err, String scenario) {
        err.println("fedemu: WARNING: scenario '" + scenario + "' sets adminAccess: open. The /admin APIs of every"
                + " role answer ANY local process WITHOUT the admin token: use this only on a training machine"
                + " you do not share.");
        err.flush();
    }
}
