package io.fedemu.tenant;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.certs.AtomicFiles;
import io.fedemu.tenant.servers.OrganizationServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which copy of each mailbox database is mounted, kept in {@code <tenant home>/active-database-copies.json} across
 * restarts on a kept state, as Exchange's Active Manager keeps it: a database moved to EX2013-02 stays there until
 * someone moves it back, and {@code --reset} returns to the scenario's activation preference.
 */
final class ActiveDatabaseCopies {
    static final String FILE_NAME = "active-database-copies.json";

    /** The file's document. */
    record Document(Map<String, String> activeCopies) {}

    private final Path file;
    private final OrganizationServers servers;
    private final ObjectMapper json;

    private ActiveDatabaseCopies(Path file, OrganizationServers servers, ObjectMapper json) {
        this.file = file;
        this.servers = servers;
        this.json = json;
    }

    /**
     * Mounts the databases as the file says (or as the scenario prefers, without one) and writes the file after
     * every later activation.
     *
     * @return entries of the file the scenario no longer allows, skipped
     */
    static List<String> keep(OrganizationServers servers, Path home, ObjectMapper json) {
        ActiveDatabaseCopies copies = new ActiveDatabaseCopies(home.resolve(FILE_NAME), servers, json);
        List<String> skipped = servers.restore(copies.read());
        servers.onActivation(copies::write);
        return skipped;
    }

    private Map<String, String> read() {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            Document document = json.readValue(file.toFile(), Document.class);
            return document.activeCopies() == null ? Map.of() : document.activeCopies();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read the active database copies " + file + ": " + e.getMessage(), e);
        }
    }

    // Activations come from admin requests and from failover on request threads: one writer at a time, and the last
    // one writes what is mounted now.
    private synchronized void write() {
        try {
            AtomicFiles.writePrivate(
                    file,
                    json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Document(servers.activeCopies())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the active database copies to " + file, e);
        }
    }
}
