package io.fedemu.certs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * State files are written whole or not at all: temp file in the same directory, fsync, rename.
 * A crash mid-write leaves the previous version, never a truncated key store.
 */
public final class AtomicFiles {
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private AtomicFiles() {}

    /** Writes {@code content} to {@code target}, readable by everyone (certificates, trust bundles). */
    public static void writePublic(Path target, byte[] content) {
        write(target, content, false);
    }

    /** Writes {@code content} to {@code target}, readable by the owner only (private keys, passwords). */
    public static void writePrivate(Path target, byte[] content) {
        write(target, content, true);
    }

    /**
     * Creates {@code target} with {@code content}, owner only, unless it exists: the content is written to a
     * temporary file, fsynced, then linked into place, which fails if another process got there first. So a
     * crash leaves no half-written file, and of two processes initialising one directory exactly one wins.
     *
     * @return true if this call created the file, false if it existed (its content is then left as it was)
     */
    public static boolean createPrivate(Path target, byte[] content) {
        Path dir = target.toAbsolutePath().getParent();
        createPrivateDirectories(dir);
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            restrict(temp, OWNER_FILE);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException lost) {
                return false;
            } catch (UnsupportedOperationException noHardLinks) {
                // No hard links (some file systems): a move without replace, checked just before.
                try {
                    Files.move(temp, target);
                    temp = null;
                } catch (FileAlreadyExistsException lost) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + target, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the file is in place or the original failure is reported
                }
            }
        }
    }

    /** Creates {@code dir} and its parents; new directories are the owner's only. */
    public static void createPrivateDirectories(Path dir) {
        try {
            Path absolute = dir.toAbsolutePath();
            if (Files.isDirectory(absolute)) {
                return;
            }
            Path parent = absolute.getParent();
            if (parent != null) {
                createPrivateDirectories(parent);
            }
            try {
                Files.createDirectory(absolute);
            } catch (FileAlreadyExistsException raced) {
                return;
            }
            restrict(absolute, OWNER_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create directory " + dir, e);
        }
    }

    private static void write(Path target, byte[] content, boolean ownerOnly) {
        Path dir = target.toAbsolutePath().getParent();
        createPrivateDirectories(dir);
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            if (ownerOnly) {
                restrict(temp, OWNER_FILE);
            } else {
                restrict(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the original failure is the one worth reporting
                }
            }
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
