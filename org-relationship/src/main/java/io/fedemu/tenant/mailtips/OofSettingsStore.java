package io.fedemu.tenant.mailtips;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.certs.AtomicFiles;
import io.fedemu.client.Json;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.AutomaticReplies;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every mailbox's automatic replies, by primary address: the scenario's until something sets them, then
 * {@code <state>/tenants/NAME/automatic-replies.json}, so a restart keeps what a user or the admin API set. A
 * mailbox nobody set has Exchange's default (off).
 */
public final class OofSettingsStore {
    public static final String FILE_NAME = "automatic-replies.json";

    private final Path file;
    private final ObjectMapper json = Json.strict();
    private volatile Map<String, OofSettings> byAddress;

    /** The file's document: one entry per mailbox whose replies were set. */
    record Document(Map<String, AutomaticReplies> automaticReplies) {}

    /**
     * @param folder  the tenant's state folder; null keeps the settings in memory only (tests)
     * @param initial the scenario's settings by primary address, used while the file does not exist
     */
    public OofSettingsStore(Path folder, Map<String, OofSettings> initial) {
        this.file = folder == null ? null : folder.resolve(FILE_NAME);
        Map<String, OofSettings> loaded = new LinkedHashMap<>();
        if (file != null && Files.exists(file)) {
            read().forEach((address, stored) -> loaded.put(key(address), OofRules.fromAdmin(stored)));
        } else {
            initial.forEach((address, settings) ->
                    loaded.put(key(address), OofRules.check(settings, Reason.AUTOMATIC_REPLIES_INVALID)));
        }
        this.byAddress = Map.copyOf(loaded);
    }

    /** The mailbox's settings; Exchange's default when none were set. */
    public OofSettings get(String primaryAddress) {
        return byAddress.getOrDefault(key(primaryAddress), OofSettings.DEFAULT);
    }

    /** Replaces the mailbox's settings, already checked, and writes them down before they take effect. */
    public synchronized void set(String primaryAddress, OofSettings settings) {
        Map<String, OofSettings> next = new TreeMap<>(byAddress);
        next.put(key(primaryAddress), settings);
        if (file != null) {
            Map<String, AutomaticReplies> document = new TreeMap<>();
            next.forEach((address, value) -> document.put(address, OofRules.toAdmin(value)));
            try {
                AtomicFiles.writePrivate(
                        file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Document(document)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the automatic replies to " + file, e);
            }
        }
        byAddress = Map.copyOf(next);
    }

    private Map<String, AutomaticReplies> read() {
        try {
            Document document = json.readValue(file.toFile(), Document.class);
            return document.automaticReplies() == null ? Map.of() : document.automaticReplies();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read automatic replies " + file + ": " + e.getMessage(), e);
        }
    }

    private static String key(String address) {
        return address.toLowerCase(Locale.ROOT);
    }
}
