package io.fedemu.tenant.transport;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an organization decides about the mail it carries besides its connectors: which accepted domains are
 * InternalRelay (a recipient nobody here has is passed on rather than refused), its transport rules and its journal
 * rules (docs/PROTOCOL.md section 20).
 */
public record MailFlow(
        Set<String> internalRelayDomains, List<TransportRule> transportRules, List<JournalRule> journalRules) {
    public MailFlow {
        internalRelayDomains = internalRelayDomains.stream()
                .map(d -> d.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        transportRules = List.copyOf(transportRules);
        journalRules = List.copyOf(journalRules);
    }

    /** Every accepted domain Authoritative, no rules. */
    public static MailFlow none() {
        return new MailFlow(Set.of(), List.of(), List.of());
    }

    boolean internalRelay(String domain) {
        return internalRelayDomains.contains(domain.toLowerCase(Locale.ROOT));
    }
}
