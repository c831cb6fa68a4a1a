package io.fedemu.topology.scenario;

import io.fedemu.tenant.transport.JournalRule;
import io.fedemu.tenant.transport.MailScope;
import io.fedemu.topology.scenario.Scenario.InternetOrganizationSpec;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The checks of a scenario's mail sections (docs/PROTOCOL.md section 20): dns, internet, rules, accepted domains. */
final class MailScenarioRules {
    static final Set<String> DOMAIN_TYPES = Set.of("Authoritative", "InternalRelay");
    private static final Pattern HOST =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Scenario scenario;
    private final Path file;
    private final YamlLocations locations;

    MailScenarioRules(Scenario scenario, Path file, YamlLocations locations) {
        this.scenario = scenario;
        this.file = file;
        this.locations = locations;
    }

    void check() {
        for (Map.Entry<String, String> record : scenario.dns().mx().entrySet()) {
            String at = "/dns/mx/" + record.getKey();
            require(isHost(record.getKey()), at, "'" + record.getKey() + "' is not a DNS name");
            String value = record.getValue();
            require(
                    value != null
                            && (Scenario.DnsSpec.ON_PREMISES.equals(value)
                                    || Scenario.DnsSpec.EOP.equals(value)
                                    || isHost(value)),
                    at,
                    "must be on-premises, eop or a host name, not '" + value + "'");
        }
        Set<String> names = new HashSet<>();
        Set<String> domains = new HashSet<>();
        scenario.organizations().forEach(o -> {
            names.add(o.name().toLowerCase(Locale.ROOT));
            o.domains().forEach(d -> domains.add(d.toLowerCase(Locale.ROOT)));
        });
        for (int i = 0; i < scenario.internet().size(); i++) {
            InternetOrganizationSpec org = scenario.internet().get(i);
            String at = "/internet/" + i;
            require(
                    org.name() != null && NAME.matcher(org.name()).matches(),
                    at + "/name",
                    "must be 1 to 64 letters, digits, '.', '_' or '-'");
            require(
                    names.add(org.name().toLowerCase(Locale.ROOT)),
                    at + "/name",
                    "organization " + org.name() + " is defined twice");
            require(!org.domains().isEmpty(), at + "/domains", "lists no domain");
            for (int d = 0; d < org.domains().size(); d++) {
                String domain = org.domains().get(d).toLowerCase(Locale.ROOT);
                require(isHost(domain), at + "/domains/" + d, "'" + domain + "' is not a DNS name");
                require(domains.add(domain), at + "/domains/" + d, "domain " + domain + " is already used");
            }
            require(isHost(org.mailHost()), at + "/hostName", "'" + org.mailHost() + "' is not a DNS name");
            for (int m = 0; m < org.mailboxes().size(); m++) {
                String address = org.mailboxes().get(m).address();
                require(
                        isAddress(address)
                                && org.domains().stream()
                                        .anyMatch(d -> address.toLowerCase(Locale.ROOT)
                                                .endsWith("@" + d.toLowerCase(Locale.ROOT))),
                        at + "/mailboxes/" + m + "/address",
                        "must be an address in one of the organization's domains");
            }
        }
        for (int i = 0; i < scenario.organizations().size(); i++) {
            checkOrganization(scenario.organizations().get(i), "/organizations/" + i);
        }
    }

    private void checkOrganization(OrganizationSpec org, String at) {
        // issue 17: an organization the wizard has not configured has no hybrid connector to override.
        if (!org.mail().configured()) {
            require(
                    org.mail().sendConnector().isEmpty(),
                    at + "/mail/sendConnector",
                    "mail: hybridConnectors: false leaves no Send connector to change; drop this block or the flag");
            require(
                    org.mail().inboundConnector().isEmpty(),
                    at + "/mail/inboundConnector",
                    "mail: hybridConnectors: false leaves no inbound connector to change; drop this block or the flag");
            require(
                    org.mail().outboundConnector().isEmpty(),
                    at + "/mail/outboundConnector",
                    "mail: hybridConnectors: false leaves no outbound connector to change; drop this block or the "
                            + "flag");
        }
        // fedemu models the type of the cloud's copy of its partner's domains only; InternalRelay on both sides
        // would send an unknown recipient round between them.
        require(
                org.acceptedDomains().isEmpty() || "cloud".equals(org.kind()),
                at + "/acceptedDomains",
                "only a cloud organization lists accepted domain types (its hybrid partner's domains)");
        for (int d = 0; d < org.acceptedDomains().size(); d++) {
            Scenario.AcceptedDomainSpec domain = org.acceptedDomains().get(d);
            require(
                    domain.domainName() != null && isHost(domain.domainName().toLowerCase(Locale.ROOT)),
                    at + "/acceptedDomains/" + d + "/domainName",
                    "is not a DNS name");
            require(
                    DOMAIN_TYPES.contains(domain.domainType()),
                    at + "/acceptedDomains/" + d + "/domainType",
                    "must be Authoritative or InternalRelay, not '" + domain.domainType() + "'");
        }
        for (int r = 0; r < org.transportRules().size(); r++) {
            Scenario.TransportRuleSpec rule = org.transportRules().get(r);
            String where = at + "/transportRules/" + r;
            require(rule.name() != null && !rule.name().isBlank(), where + "/name", "is required");
            require(
                    scope(rule.fromScope()),
                    where + "/fromScope",
                    "must be InOrganization or NotInOrganization, not '" + rule.fromScope() + "'");
            require(
                    scope(rule.sentToScope()),
                    where + "/sentToScope",
                    "must be InOrganization or NotInOrganization, not '" + rule.sentToScope() + "'");
            require(
                    (rule.setHeaderName() == null) == (rule.setHeaderValue() == null),
                    where + "/setHeaderName",
                    "SetHeaderName and SetHeaderValue go together");
            addresses(rule.addToRecipients(), where + "/addToRecipients");
            addresses(rule.blindCopyTo(), where + "/blindCopyTo");
        }
        for (int r = 0; r < org.journalRules().size(); r++) {
            Scenario.JournalRuleSpec rule = org.journalRules().get(r);
            String where = at + "/journalRules/" + r;
            require(rule.name() != null && !rule.name().isBlank(), where + "/name", "is required");
            require(
                    JournalRule.Scope.fromWireName(String.valueOf(rule.scope())).isPresent(),
                    where + "/scope",
                    "must be Internal, External or Global, not '" + rule.scope() + "'");
            require(isAddress(rule.journalEmailAddress()), where + "/journalEmailAddress", "must be an address");
            require(
                    rule.recipient() == null || isAddress(rule.recipient()),
                    where + "/recipient",
                    "must be an address");
        }
    }

    private void addresses(List<String> values, String at) {
        for (int a = 0; a < values.size(); a++) {
            require(isAddress(values.get(a)), at + "/" + a, "must be an address");
        }
    }

    private static boolean scope(String value) {
        return value == null || MailScope.fromWireName(value).isPresent();
    }

    private static boolean isHost(String value) {
        return value != null && HOST.matcher(value).matches();
    }

    private static boolean isAddress(String value) {
        return value != null && value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    private void require(boolean condition, String pointer, String problem) {
        if (!condition) {
            throw new ScenarioException(file, locations.line(pointer), YamlLocations.readable(pointer), problem);
        }
    }
}
