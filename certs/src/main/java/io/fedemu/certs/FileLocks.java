package io.fedemu.certs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Supplier;

/**
 * Read-modify-write of a state file shared by processes: an operating-system lock on a file of its own,
 * inside one monitor for the whole JVM. The monitor comes first because the JDK refuses a second overlapping
 * lock within a JVM, and on POSIX closing any descriptor of a locked file releases the process's lock; the
 * lock file is opened nowhere else.
 */
final class FileLocks {
    private static final Object JVM = new Object();

    private FileLocks() {}

    static <T> T holding(Path lockFile, Supplier<T> action) {
        synchronized (JVM) {
            AtomicFiles.createPrivateDirectories(lockFile.toAbsolutePath().getParent());
            try (FileChannel channel =
                    FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = channel.lock();
                try {
                    return action.get();
                } finally {
                    lock.release();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot lock " + lockFile, e);
            }
        }
    }
}
