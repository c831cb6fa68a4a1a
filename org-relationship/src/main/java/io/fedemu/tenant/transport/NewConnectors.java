package io.fedemu.tenant.transport;

import io.fedemu.protocol.reason.Reason;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * New-SendConnector, New-InboundConnector and New-OutboundConnector (issue 17, docs/PROTOCOL.md section 23): the
 * parameters of the matching Set- cmdlet plus {@code Name} (and, for an outbound connector, {@code ConnectorType} and
 * {@code RecipientDomains}), applied to an empty connector with the same checks (ConnectorSettings), so a refused one
 * is named by its parameter and nothing is created.
 */
final class NewConnectors {
    private NewConnectors() {}

    /** The settings without the creation-only parameters, which {@code named} receives by Exchange's spelling. */
    private static Map<String, Object> split(
            Map<String, Object> settings, Map<String, Object> named, List<String> only) {
        Map<String, Object> rest = new LinkedHashMap<>();
        (settings == null ? Map.<String, Object>of() : settings).forEach((key, value) -> {
            String found = only.stream()
                    .filter(p -> normal(p).equals(normal(key)))
                    .findFirst()
                    .orElse(null);
            if (found != null) {
                named.put(found, value);
            } else {
                rest.put(key, value);
            }
        });
        return rest;
    }

    private static String normal(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static String name(Map<String, Object> named) {
        Object value = named.get("Name");
        if (value == null || value.toString().isBlank()) {
            throw ConnectorSettingRefused.invalid("Name", "a new connector needs a name");
        }
        return value.toString().trim();
    }

    private static void require(Map<String, Object> rest, String parameter, String why) {
        if (rest.keySet().stream().noneMatch(k -> normal(k).equals(normal(parameter)))) {
            throw ConnectorSettingRefused.invalid(parameter, why);
        }
    }

    /** New-SendConnector -Name -AddressSpaces -SmartHosts [...]: {@code fqdn} when no Fqdn is given. */
    static SendConnector send(Map<String, Object> settings, String fqdn) {
        Map<String, Object> named = new LinkedHashMap<>();
        Map<String, Object> rest = split(settings, named, List.of("Name"));
        String name = name(named);
        require(rest, "AddressSpaces", "a Send connector needs at least one address space");
        require(rest, "SmartHosts", "fedemu's Send connector relays to one smart host (DNS routing is To Internet's)");
        SendConnector empty = new SendConnector(
                name, List.of("*"), "localhost", 0, false, null, null, null, false, fqdn, true, false);
        return ConnectorSettings.send(empty, rest);
    }

    /** New-InboundConnector -Name -ConnectorType [...]. */
    static InboundConnector inbound(Map<String, Object> settings) {
        Map<String, Object> named = new LinkedHashMap<>();
        Map<String, Object> rest = split(settings, named, List.of("Name"));
        String name = name(named);
        require(rest, "ConnectorType", "give OnPremises (mail from your own servers) or Partner");
        return ConnectorSettings.inbound(new InboundConnector(name, "Partner", false, null, true), rest);
    }

    /** New-OutboundConnector -Name -ConnectorType -RecipientDomains -SmartHosts [...]. */
    static OutboundConnector outbound(Map<String, Object> settings) {
        Map<String, Object> named = new LinkedHashMap<>();
        Map<String, Object> rest = split(settings, named, List.of("Name", "ConnectorType", "RecipientDomains"));
        String name = name(named);
        SettingValues v = SettingValues.of(
                named.entrySet().stream()
                        .filter(e -> !e.getKey().equals("Name"))
                        .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll),
                "an outbound connector",
                List.of("ConnectorType", "RecipientDomains"));
        String type = v.choice("ConnectorType", "Partner", ConnectorSettings.CONNECTOR_TYPES, false)
                .orElseThrow();
        List<String> domains = v.hosts("RecipientDomains", List.of(), true);
        if (domains.isEmpty()) {
            throw ConnectorSettingRefused.invalid("RecipientDomains", "name the domains whose mail it carries");
        }
        require(rest, "SmartHosts", "an OnPremises outbound connector needs a smart host");
        OutboundConnector empty =
                new OutboundConnector(name, type, domains, List.of("localhost"), 0, null, null, false, false, true);
        return ConnectorSettings.outbound(empty, rest);
    }

    /** A connector of the kind named {@code name} exists already. */
    static ConnectorSettingRefused exists(String organization, String kind, String name) {
        return new ConnectorSettingRefused(
                Reason.MAIL_CONNECTOR_EXISTS,
                "Name: " + organization + " already has the " + kind.replace("-connectors", " connector") + " '" + name
                        + "' (fedemu keeps one hybrid connector of each kind); remove-"
                        + kind.replace("-connectors", "-connector") + " it first");
    }
}
