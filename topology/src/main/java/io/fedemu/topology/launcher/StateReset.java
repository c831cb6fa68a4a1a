package io.fedemu.topology.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code fedemu up --reset}: forgets what the roles learned and changed, so the next start is the
 * scenario as written, with a new admin token. The root CA, the trust store, the intermediate and the TLS certificates stay:
 * clients that already trust the bundle keep working. Only these fixed paths below the state directory are touched, and
 * symbolic links are removed, never followed, so nothing outside it can be deleted.
 */
public final class StateReset {
    /** Role state, relative to the state directory. */
    public static final List<String> ROLE_STATE = List.of(
            "tenants",
            "gateway",
            "certs/federation",
            "certs/signing",
            "dns",
            io.fedemu.protocol.emulator.Endpoints.FILE_NAME,
            io.fedemu.protocol.admin.AdminCredential.FILE_NAME);

    private StateReset() {}

    /** Deletes {@link #ROLE_STATE}; returns what existed and is gone. */
    public static List<Path> reset(Path stateDirectory) {
        List<Path> removed = new ArrayList<>();
        for (String relative : ROLE_STATE) {
            Path target = stateDirectory.resolve(relative);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                delete(target);
                removed.add(target);
            }
        }
        return removed;
    }

    private static void delete(Path root) {
        try {
            // walkFileTree does not follow links by default: a link is visited as a file and unlinked.
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                    if (failure != null) {
                        throw failure;
                    }
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root + ": " + e.getMessage(), e);
        }
    }
}
