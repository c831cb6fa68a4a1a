package io.fedemu.tenant.calendar;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fedemu.certs.AtomicFiles;
import io.fedemu.client.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every mailbox's calendar: immutable lists in memory (free/busy reads them lock-free), one JSON file
 * per mailbox under {@code <state>/tenants/<tenant>/calendars/}, each written atomically. A change
 * is persisted before it becomes visible, so a failed write changes nothing.
 */
public final class CalendarStore {
    static final TypeReference<List<CalendarEvent>> EVENTS_TYPE = new TypeReference<>() {};
    private final Path folder;
    private final ObjectMapper json;
    private final Map<String, List<CalendarEvent>> calendars = new ConcurrentHashMap<>();

    /** Loads what the folder holds; mailboxes without a file start from {@code initial}. */
    public CalendarStore(Path folder, Map<String, List<CalendarEvent>> initial) {
        this.folder = folder;
        this.json = mapper();
        initial.forEach((address, events) -> calendars.put(key(address), List.copyOf(events)));
        if (Files.isDirectory(folder)) {
            try (var files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json"))
                        .toList()) {
                    String name = file.getFileName().toString();
                    calendars.put(key(name.substring(0, name.length() - ".json".length())), read(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list calendars in " + folder, e);
            }
        }
    }

    /** The file format of a calendar: a JSON list of {@link CalendarEvent}s, zones kept. */
    static ObjectMapper mapper() {
        // Zone ids matter: a weekly 10:00 in Europe/Berlin must stay 10:00 across DST after a restart.
        ObjectMapper mapper = Json.strict()
                .enable(SerializationFeature.WRITE_DATES_WITH_ZONE_ID)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        // Only the record components are the file format: derived getters such as isRecurring() or duration()
        // would otherwise be written too and then refused on reading by the strict mapper.
        mapper.setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return mapper;
    }

    /** The calendar of {@code address} (primary SMTP), empty if it has none. */
    public List<CalendarEvent> events(String address) {
        return calendars.getOrDefault(key(address), List.of());
    }

    public Optional<CalendarEvent> event(String address, String uid) {
        return events(address).stream().filter(event -> event.uid().equals(uid)).findFirst();
    }

    /** Adds or replaces (by uid) one event. */
    public synchronized void put(String address, CalendarEvent event) {
        List<CalendarEvent> next = new ArrayList<>(events(address));
        next.removeIf(existing -> existing.uid().equals(event.uid()));
        next.add(event);
        replace(address, next);
    }

    /** Removes one event; false if there was none with that uid. */
    public synchronized boolean remove(String address, String uid) {
        List<CalendarEvent> next = new ArrayList<>(events(address));
        boolean removed = next.removeIf(existing -> existing.uid().equals(uid));
        if (removed) {
            replace(address, next);
        }
        return removed;
    }

    /** Replaces the whole calendar (an .ics import). */
    public synchronized void replace(String address, List<CalendarEvent> events) {
        List<CalendarEvent> copy = List.copyOf(events);
        try {
            AtomicFiles.writePrivate(
                    folder.resolve(key(address) + ".json"),
                    json.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the calendar of " + address, e);
        }
        calendars.put(key(address), copy);
    }

    private List<CalendarEvent> read(Path file) {
        try {
            return List.copyOf(json.readValue(file.toFile(), EVENTS_TYPE));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read calendar " + file + ": " + e.getMessage(), e);
        }
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
