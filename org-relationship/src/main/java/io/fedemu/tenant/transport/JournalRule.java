package io.fedemu.tenant.transport;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A journal rule (New-JournalRule): messages in its scope, optionally only those to or from {@code recipient}, are
 * journaled: a journal report with the original attached goes to {@code journalEmailAddress}.
 */
public record JournalRule(String name, boolean enabled, Scope scope, String recipient, String journalEmailAddress) {
    public JournalRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(journalEmailAddress, "journalEmailAddress");
    }

    /**
     * Internal: sender and every recipient inside the organization (the sender counts as inside only for an
     * authenticated message); External: the rest; Global: every message.
     */
    public enum Scope {
        INTERNAL("Internal"),
        EXTERNAL("External"),
        GLOBAL("Global");

        private final String wireName;

        Scope(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Optional<Scope> fromWireName(String name) {
            return Arrays.stream(values())
                    .filter(s -> s.wireName.equalsIgnoreCase(name))
                    .findFirst();
        }

        boolean covers(boolean internalMessage) {
            return this == GLOBAL || internalMessage == (this == INTERNAL);
        }
    }
}
