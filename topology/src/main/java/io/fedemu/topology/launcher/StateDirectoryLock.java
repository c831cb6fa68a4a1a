package io.fedemu.topology.launcher;

import io.fedemu.certs.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One process per state directory. {@code fedemu up} (and {@code --reset}) holds an exclusive lock on
 * {@code <state>/fedemu.lock}; {@code fedemu gateway} and {@code fedemu tenant NAME}, which share a directory
 * by design (one process per role), hold it shared plus an exclusive lock on {@code <state>/locks/ROLE.lock}.
 * So a second {@code up}, an {@code up} beside a running role, a role beside a running {@code up} and the same
 * role twice are all refused at once.
 *
 * <p>These are operating-system file locks ({@link FileChannel#tryLock}): they die with the process, so a
 * killed instance never blocks the next. The holder writes its pid and command into the file it holds
 * exclusively, only so a refusal can name it; a lock file is never deleted (deleting one would let two
 * processes lock two different files of the same name).
 */
public final class StateDirectoryLock implements AutoCloseable {
    /** The directory-wide lock file, relative to the state directory. */
    public static final String FILE_NAME = "fedemu.lock";
    /** Where the per-role lock files of {@code gateway} and {@code tenant} live. */
    public static final String ROLE_LOCKS = "locks";

    private static final Pattern ROLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,80}");

    /**
     * Lock files this JVM holds, by real path. Every access to a held file goes through its channel: on POSIX,
     * closing any other descriptor of a file drops every lock the process holds on it, and the JDK also refuses
     * a second overlapping lock within one JVM, so roles started in one JVM (tests) share one directory lock.
     */
    private static final Map<Path, Held> HELD = new HashMap<>();

    private final Path directory;
    private final Runnable release;
    private boolean closed;

    private StateDirectoryLock(Path directory, Runnable release) {
        this.directory = directory;
        this.release = release;
    }

    /**
     * The whole directory, for {@code fedemu up} and {@code --reset}: refused while any other fedemu process
     * (an {@code up}, a {@code gateway}, a {@code tenant}) runs on it.
     */
    public static StateDirectoryLock exclusive(Path stateDirectory, String command) {
        Path dir = realDirectory(stateDirectory);
        Path file = dir.resolve(FILE_NAME);
        synchronized (HELD) {
            Held held = HELD.get(file);
            if (held != null) {
                throw inUse(stateDirectory, command, held.shared ? roleHolders(dir) : List.of(held.holder));
            }
            FileChannel channel = open(file);
            if (tryLock(channel, false) == null) {
                List<String> holders = new ArrayList<>();
                readHolder(channel).ifPresent(holders::add);
                close(channel);
                if (holders.isEmpty()) {
                    holders.addAll(roleHolders(dir));
                }
                throw inUse(stateDirectory, command, holders);
            }
            String holder = writeHolder(channel, file, command);
            HELD.put(file, new Held(channel, false, holder));
            return new StateDirectoryLock(stateDirectory, () -> {
                synchronized (HELD) {
                    HELD.remove(file);
                    clearHolder(channel);
                    close(channel);
                }
            });
        }
    }

    /**
     * One role of a multi-process topology ({@code gateway}, {@code tenant-NAME}): beside the other roles, but
     * refused while an {@code up} runs on the directory or while the same role runs already.
     */
    public static StateDirectoryLock role(Path stateDirectory, String role, String command) {
        if (role == null || !ROLE.matcher(role).matches()) {
            throw new IllegalArgumentException("not a usable role name for a lock file: '" + role + "'");
        }
        Path dir = realDirectory(stateDirectory);
        Path file = dir.resolve(FILE_NAME);
        Path roleFile = dir.resolve(ROLE_LOCKS).resolve(role + ".lock");
        synchronized (HELD) {
            Held shared = HELD.get(file);
            if (shared != null && !shared.shared) {
                throw inUse(stateDirectory, command, List.of(shared.holder));
            }
            if (shared == null) {
                FileChannel channel = open(file);
                if (tryLock(channel, true) == null) {
                    List<String> holders = readHolder(channel).stream().toList();
                    close(channel);
                    throw inUse(stateDirectory, command, holders);
                }
                // Nobody holds the directory exclusively: whatever pid the file still names is a dead one's.
                clearHolder(channel);
                shared = new Held(channel, true, null);
                HELD.put(file, shared);
            }
            shared.count++;
            try {
                Held sameRole = HELD.get(roleFile);
                if (sameRole != null) {
                    throw inUse(stateDirectory, command, List.of(sameRole.holder));
                }
                AtomicFiles.createPrivateDirectories(roleFile.getParent());
                FileChannel roleChannel = open(roleFile);
                if (tryLock(roleChannel, false) == null) {
                    List<String> holders = readHolder(roleChannel).stream().toList();
                    close(roleChannel);
                    throw inUse(stateDirectory, command, holders);
                }
                String holder = writeHolder(roleChannel, roleFile, command);
                HELD.put(roleFile, new Held(roleChannel, false, holder));
                return new StateDirectoryLock(stateDirectory, () -> {
                    synchronized (HELD) {
                        HELD.remove(roleFile);
                        clearHolder(roleChannel);
                        close(roleChannel);
                        releaseShared(file);
                    }
                });
            } catch (RuntimeException e) {
                releaseShared(file);
                throw e;
            }
        }
    }

    public Path directory() {
        return directory;
    }

    /** Releases the lock; the lock file stays. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            release.run();
        }
    }

    private static void releaseShared(Path file) {
        Held shared = HELD.get(file);
        if (shared != null && --shared.count == 0) {
            HELD.remove(file);
            close(shared.channel);
        }
    }

    /** Created if missing (owner only), then by real path so two spellings of one directory are one lock. */
    private static Path realDirectory(Path stateDirectory) {
        AtomicFiles.createPrivateDirectories(stateDirectory);
        try {
            return stateDirectory.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot resolve " + stateDirectory + ": " + e.getMessage(), e);
        }
    }

    private static StateDirectoryInUseException inUse(Path stateDirectory, String command, List<String> holders) {
        return new StateDirectoryInUseException(stateDirectory, command, holders);
    }

    /** The holders of role locks, found by trying each: a file whose lock is free names a dead process. */
    private static List<String> roleHolders(Path dir) {
        Path folder = dir.resolve(ROLE_LOCKS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<String> holders = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".lock"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return holders;
        }
        for (Path file : files) {
            Held held = HELD.get(file);
            if (held != null) {
                holders.add(held.holder);
                continue;
            }
            FileChannel channel;
            try {
                channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (IOException e) {
                continue;
            }
            FileLock probe = tryLock(channel, false);
            if (probe == null) {
                readHolder(channel).ifPresent(holders::add);
            }
            close(channel);
        }
        return holders;
    }

    /** "pid N (command)" from a lock file, if it names someone; read through the channel already open. */
    private static Optional<String> readHolder(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            long position = 0;
            int read;
            while (buffer.hasRemaining() && (read = channel.read(buffer, position)) > 0) {
                position += read;
            }
            String content = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
            String pid = null;
            String command = null;
            for (String line : content.split("\n")) {
                if (line.startsWith("pid=")) {
                    pid = line.substring(4).trim();
                } else if (line.startsWith("command=")) {
                    command = line.substring(8).trim();
                }
            }
            if (pid == null || pid.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(describe(pid, command));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String describe(String pid, String command) {
        return "pid " + pid + (command == null || command.isEmpty() ? "" : " (" + command + ")");
    }

    private static FileChannel open(Path file) {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open lock file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The lock, or null when another process (or this JVM, for an exclusive one) holds it. */
    private static FileLock tryLock(FileChannel channel, boolean shared) {
        try {
            return channel.tryLock(0L, Long.MAX_VALUE, shared);
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock: " + e.getMessage(), e);
        }
    }

    private static String writeHolder(FileChannel channel, Path file, String command) {
        String pid = String.valueOf(ProcessHandle.current().pid());
        String oneLine = command.replace('\n', ' ');
        String content = "pid=" + pid + "\ncommand=" + oneLine + "\n";
        try {
            channel.truncate(0);
            ByteBuffer buffer = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            long position = 0;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(false);
            return describe(pid, oneLine);
        } catch (IOException e) {
            close(channel);
            throw new UncheckedIOException("cannot write lock file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void clearHolder(FileChannel channel) {
        try {
            channel.truncate(0);
        } catch (IOException e) {
            // the lock is released anyway; a stale pid only reaches a message
        }
    }

    private static void close(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // closing releases the lock; nothing else to do
        }
    }

    private static final class Held {
        final FileChannel channel;
        final boolean shared;
        final String holder;
        int count;

        Held(FileChannel channel, boolean shared, String holder) {
            this.channel = channel;
            this.shared = shared;
            this.holder = holder;
        }
    }
}
