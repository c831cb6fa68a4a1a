package io.fedemu.topology.launcher;

import java.nio.file.Path;
import java.util.List;

/** Another fedemu process holds the state directory ({@link StateDirectoryLock}); nothing was changed. */
public final class StateDirectoryInUseException extends RuntimeException {
    private final transient Path stateDirectory;
    private final List<String> holders;

    StateDirectoryInUseException(Path stateDirectory, String command, List<String> holders) {
        super("state directory " + stateDirectory + " is in use by "
                + (holders.isEmpty() ? "another fedemu process" : String.join(", ", holders))
                + "; stop it first or choose another --state-dir (" + command + " changed nothing)");
        this.stateDirectory = stateDirectory;
        this.holders = List.copyOf(holders);
    }

    public Path stateDirectory() {
        return stateDirectory;
    }

    /** "pid N (command)" for each holder the lock files name; may be empty. */
    public List<String> holders() {
        return holders;
    }
}
