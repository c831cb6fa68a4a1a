package io.fedemu.tenant.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.certs.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;

/**
 * .ics files imported once: the events of a file are kept as JSON under a name made of the SHA-256 of
 * the file's bytes and the mailbox's zone, so a later start reads them back instead of running ical4j
 * again (its first import builds time-zone rules and costs about a third of a second of CPU at start-up).
 * A changed file has another hash and is imported afresh; the cache never changes what a scenario means.
 */
public final class ImportedCalendars {
    /** Part of every key: raise it when {@link IcsImporter} maps a file differently (2: recurrence rules). */
    static final int IMPORTER_VERSION = 2;

    private final Path folder;
    private final ObjectMapper json = CalendarStore.mapper();

    /** {@code folder} null: no cache, every read imports. */
    public ImportedCalendars(Path folder) {
        this.folder = folder;
    }

    public static ImportedCalendars none() {
        return new ImportedCalendars(null);
    }

    /** The events of {@code ics}, times without a zone read in {@code mailboxZone}. */
    public List<CalendarEvent> read(Path ics, ZoneId mailboxZone) throws IOException {
        byte[] content = Files.readAllBytes(ics);
        if (folder == null) {
            return new IcsImporter(mailboxZone).read(new ByteArrayInputStream(content));
        }
        Path cached = folder.resolve(key(content, mailboxZone) + ".json");
        if (Files.isRegularFile(cached)) {
            try {
                return List.copyOf(json.readValue(cached.toFile(), CalendarStore.EVENTS_TYPE));
            } catch (IOException unreadable) {
                // A cache, not state: an unreadable entry is imported again and replaced below.
            }
        }
        List<CalendarEvent> events = new IcsImporter(mailboxZone).read(new ByteArrayInputStream(content));
        try {
            AtomicFiles.createPrivateDirectories(folder);
            AtomicFiles.writePrivate(cached, json.writeValueAsBytes(events));
        } catch (UncheckedIOException | IOException notWritten) {
            // Still correct without the cache; the next start imports again.
        }
        return events;
    }

    private static String key(byte[] content, ZoneId zone) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(content);
            sha256.update(("\n" + zone.getId() + "\n" + IMPORTER_VERSION).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
