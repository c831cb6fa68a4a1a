package io.fedemu.topology.launcher;

import java.nio.file.Path;

/** A separate process for {@link StateDirectoryLockTest}: takes a lock, says so, and waits to be killed. */
public final class LockHolder {
    private LockHolder() {}

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        StateDirectoryLock lock = args.length > 1
                ? StateDirectoryLock.role(directory, args[1], "fedemu " + args[1] + " --state-dir " + directory)
                : StateDirectoryLock.exclusive(directory, "fedemu up --state-dir " + directory);
        System.out.println("locked " + lock.directory());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
