package io.fedemu.topology.launcher;

import io.fedemu.certs.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A state directory holds private keys and passwords: it must be its user's alone. A new one is created owner
 * only; an existing one is checked before a command uses it. One another user owns is refused (its keys are not
 * ours to use, and its owner could swap them); one of ours that group or others may read, write or enter is
 * tightened to {@code rwx------}, with a message. Where the file system has no POSIX permissions (Windows) only
 * the owner is checked.
 */
public final class StateDirectoryPermissions {
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private StateDirectoryPermissions() {}

    /** Creates {@code stateDirectory} owner-only if missing, else checks it; {@code notices} gets each tightening. */
    public static void secure(Path stateDirectory, Consumer<String> notices) {
        secure(stateDirectory, notices, null);
    }

    /** As {@link #secure(Path, Consumer)}, as user {@code as} (tests: another user without changing owners). */
    static void secure(Path stateDirectory, Consumer<String> notices, UserPrincipal as) {
        if (!Files.exists(stateDirectory, LinkOption.NOFOLLOW_LINKS)) {
            AtomicFiles.createPrivateDirectories(stateDirectory);
            return;
        }
        if (!Files.isDirectory(stateDirectory)) {
            throw new IllegalStateException("state directory " + stateDirectory + " is not a directory");
        }
        try {
            Path real = stateDirectory.toRealPath();
            UserPrincipal owner = Files.getOwner(real);
            UserPrincipal us = as != null ? as : currentUser(real);
            if (us != null && !owner.equals(us)) {
                throw new StateDirectoryOwnerException(stateDirectory, owner.getName(), us.getName());
            }
            PosixFileAttributeView posix = Files.getFileAttributeView(real, PosixFileAttributeView.class);
            if (posix == null) {
                return;
            }
            Set<PosixFilePermission> found = posix.readAttributes().permissions();
            Set<PosixFilePermission> loose = EnumSet.copyOf(found);
            loose.removeAll(OWNER_ONLY);
            if (!loose.isEmpty() || !found.containsAll(OWNER_ONLY)) {
                posix.setPermissions(OWNER_ONLY);
                notices.accept("fedemu: state directory " + stateDirectory + " was "
                        + PosixFilePermissions.toString(found) + ", open to other users; tightened to "
                        + PosixFilePermissions.toString(OWNER_ONLY) + " (it holds private keys and passwords)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check state directory " + stateDirectory + ": " + e.getMessage(), e);
        }
    }

    /**
     * This process's user as the file system names it: the owner of a file we create (a temporary file in the
     * directory itself would need write access, so the system temporary directory is used), or null if unknown.
     */
    private static UserPrincipal currentUser(Path near) throws IOException {
        String name = System.getProperty("user.name");
        try {
            return near.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
        } catch (IOException | UnsupportedOperationException e) {
            Path probe = Files.createTempFile("fedemu-owner", ".probe");
            try {
                return Files.getOwner(probe);
            } finally {
                Files.deleteIfExists(probe);
            }
        }
    }
}
