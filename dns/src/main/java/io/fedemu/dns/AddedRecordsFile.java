package io.fedemu.dns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fedemu.certs.AtomicFiles;
import io.fedemu.protocol.dns.DnsRecordInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code <state>/dns/records.json}: the records added through the admin API, written whole (temporary file,
 * rename) after each change, so they survive a restart; the scenario's own records are not in it.
 */
public final class AddedRecordsFile {
    /** Nowhere: a DNS server started without a state directory keeps nothing. */
    public static final AddedRecordsFile NONE = new AddedRecordsFile(null);

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    private AddedRecordsFile(Path file) {
        this.file = file;
    }

    public static AddedRecordsFile in(Path stateDirectory) {
        return new AddedRecordsFile(stateDirectory.resolve("dns").resolve("records.json"));
    }

    /** The file's content; none when it does not exist yet. */
    public record Content(List<DnsRecordInfo> records) {
        public Content {
            records = records == null ? List.of() : List.copyOf(records);
        }
    }

    List<DnsRecordInfo> load() {
        if (file == null || !Files.exists(file)) {
            return List.of();
        }
        try {
            return JSON.readValue(file.toFile(), Content.class).records();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    void save(List<DnsRecordInfo> records) {
        if (file == null) {
            return;
        }
        try {
            AtomicFiles.writePrivate(file, JSON.writeValueAsBytes(new Content(records)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
