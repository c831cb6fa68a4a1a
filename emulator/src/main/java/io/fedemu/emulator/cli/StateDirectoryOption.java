package io.fedemu.emulator.cli;

import java.nio.file.Path;
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
}
