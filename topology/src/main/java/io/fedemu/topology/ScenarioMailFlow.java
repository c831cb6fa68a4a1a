package io.fedemu.topology;

import io.fedemu.dns.DnsZones;
import io.fedemu.protocol.dns.DnsRecordInfo;
import io.fedemu.tenant.transport.HybridConnectors;
import io.fedemu.tenant.transport.JournalRule;
import io.fedemu.tenant.transport.MailFlow;
import io.fedemu.tenant.transport.MailScope;
import io.fedemu.tenant.transport.TransportRule;
import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A scenario's mail sections as transport takes them (docs/PROTOCOL.md section 20): MX records, rules, domains. */
final class ScenarioMailFlow {
    private ScenarioMailFlow() {}

    /**
     * The organization's accepted domain types and rules. {@code partnerDomains}: the on-premises domains a cloud
     * organization holds for its hybrid partner, InternalRelay unless the scenario lists one as Authoritative.
     */
    static MailFlow of(OrganizationSpec spec, List<String> partnerDomains) {
        Set<String> internalRelay = new LinkedHashSet<>();
        partnerDomains.forEach(d -> internalRelay.add(d.toLowerCase(Locale.ROOT)));
        for (Scenario.AcceptedDomainSpec domain : spec.acceptedDomains()) {
            String name = domain.domainName().toLowerCase(Locale.ROOT);
            if ("InternalRelay".equals(domain.domainType())) {
                internalRelay.add(name);
            } else {
                internalRelay.remove(name);
            }
        }
        List<TransportRule> rules = spec.transportRules().stream()
                .map(r -> new TransportRule(
                        r.name(),
                        r.enabled() == null || r.enabled(),
                        scope(r.fromScope()),
                        scope(r.sentToScope()),
                        r.subjectContainsWords(),
                        r.setHeaderName(),
                        r.setHeaderValue(),
                        r.prependSubject(),
                        r.addToRecipients(),
                        r.blindCopyTo()))
                .toList();
        List<JournalRule> journal = spec.journalRules().stream()
                .map(r -> new JournalRule(
                        r.name(),
                        r.enabled() == null || r.enabled(),
                        JournalRule.Scope.fromWireName(r.scope()).orElseThrow(),
                        r.recipient(),
                        r.journalEmailAddress()))
                .toList();
        return new MailFlow(internalRelay, rules, journal);
    }

    /**
     * Publishes the MX record of each of {@code domains} in the emulated DNS (replacing the one it had): the
     * scenario's value, else {@code absent}. {@code on-premises} stands for {@code onPremisesHost}, {@code eop} for the
     * domain's protection host. Returns the domains that got one.
     */
    static List<String> publishMx(
            Scenario scenario, DnsZones zones, List<String> domains, String onPremisesHost, String absent) {
        List<String> published = new java.util.ArrayList<>();
        for (String domain : domains) {
            String value = scenario.dns().mx().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(domain))
                    .map(java.util.Map.Entry::getValue)
                    .findFirst()
                    .orElse(absent);
            String host;
            if (Scenario.DnsSpec.EOP.equals(value)) {
                host = HybridConnectors.protectionHostOf(domain);
            } else if (!Scenario.DnsSpec.ON_PREMISES.equals(value)) {
                host = value;
            } else if (onPremisesHost != null) {
                host = onPremisesHost;
            } else {
                continue;
            }
            if (!zones.records(domain, "MX").isEmpty()) {
                zones.remove(domain, "MX", null);
            }
            zones.publish(new DnsRecordInfo(domain, "MX", "10 " + host + "."));
            published.add(domain);
        }
        return published;
    }

    private static MailScope scope(String value) {
        return value == null ? null : MailScope.fromWireName(value).orElseThrow();
    }
}
