package io.fedemu.tenant.organization;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.certs.AtomicFiles;
import io.fedemu.client.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** One JSON document under the tenant's state folder, written atomically: a kill leaves the old or the new one. */
final class StateFile<T> {
    private static final ObjectMapper JSON = Json.strict();

    private final Path file;
    private final Class<T> type;

    StateFile(Path folder, String name, Class<T> type) {
        this.file = folder.resolve(name);
        this.type = type;
    }

    /** The document, if an earlier change wrote one. */
    Optional<T> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), type));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    void write(T document) {
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.writePrivate(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
