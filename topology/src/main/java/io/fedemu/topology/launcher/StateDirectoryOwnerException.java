package io.fedemu.topology.launcher;

import java.nio.file.Path;

/** The state directory belongs to another user: fedemu refuses to use (or change) it. */
public final class StateDirectoryOwnerException extends RuntimeException {
    StateDirectoryOwnerException(Path stateDirectory, String owner, String user) {
        super("state directory " + stateDirectory + " belongs to user '" + owner + "', not to '" + user
                + "'; fedemu uses only a state directory of its own user (choose another --state-dir)");
    }
}
