package io.fedemu.emulator.cli;

import io.fedemu.topology.launcher.StateDirectoryLock;
import io.fedemu.topology.launcher.StateDirectoryPermissions;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --state-dir}: where keys, certificates and state live; shared by every command. */
public final class StateDirectoryOption {
    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            defaultValue = "${sys:user.home}/.fedemu",
            description = "State directory: keys, certificates, running endpoints (default: ${DEFAULT-VALUE}).")
    Path stateDirectory;

    public Path path() {
        return stateDirectory;
    }

    /**
     * The whole directory for this process ({@code up}, {@code --reset}), after checking it is ours alone;
     * refused at once while another fedemu process runs on it.
     */
    StateDirectoryLock lockExclusive(CommandSpec spec) {
        secure(spec);
        return StateDirectoryLock.exclusive(stateDirectory, command(spec));
    }

    /** One role of a multi-process topology ({@code gateway}, {@code tenant-NAME}), beside the others. */
    StateDirectoryLock lockRole(CommandSpec spec, String role) {
        secure(spec);
        return StateDirectoryLock.role(stateDirectory, role, command(spec));
    }

    private void secure(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        StateDirectoryPermissions.secure(stateDirectory, notice -> {
            err.println(notice);
            err.flush();
        });
    }

    /** What a refused process is told is running: the command line as typed. */
    private static String command(CommandSpec spec) {
        var parsed = spec.root().commandLine().getParseResult();
        return parsed == null
                ? spec.qualifiedName()
                : spec.root().name() + " " + String.join(" ", parsed.originalArgs());
    }
}
