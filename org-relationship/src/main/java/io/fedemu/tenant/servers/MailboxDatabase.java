package io.fedemu.tenant.servers;

import java.util.List;
import java.util.Objects;

/**
 * A mailbox database and its copies, in activation preference order (the first is where it is mounted at
 * start, as Exchange's ActivationPreference 1). One copy is a standalone database; more make a database
 * availability group's copies.
 */
public record MailboxDatabase(String name, List<String> copies) {
    public MailboxDatabase {
        Objects.requireNonNull(name, "name");
        copies = List.copyOf(copies);
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("database " + name + " has no copy on any server");
        }
    }

    public String preferredServer() {
        return copies.get(0);
    }

    public boolean hasCopyOn(String server) {
        return copies.stream().anyMatch(copy -> copy.equalsIgnoreCase(server));
    }
}
