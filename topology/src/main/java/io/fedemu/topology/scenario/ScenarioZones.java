package io.fedemu.topology.scenario;

import io.fedemu.topology.scenario.Scenario.InternetOrganizationSpec;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The zones the emulated DNS serves for a scenario (docs/PROTOCOL.md section 22): one per domain (its
 * organizations', its internet organizations', those its {@code dns: mx:} names), and one for each host name that
 * lies under none of them ({@code outlook.office365.com}), whose apex is the host itself.
 */
public final class ScenarioZones {
    private ScenarioZones() {}

    /** The apexes, lower case, without the final dot. */
    public static List<String> of(Scenario scenario) {
        Set<String> domains = new LinkedHashSet<>();
        List<String> hosts = new ArrayList<>();
        for (OrganizationSpec organization : scenario.organizations()) {
            organization.domains().forEach(d -> domains.add(canonical(d)));
            organization.hostNames().forEach(h -> hosts.add(canonical(h)));
        }
        for (InternetOrganizationSpec organization : scenario.internet()) {
            organization.domains().forEach(d -> domains.add(canonical(d)));
            hosts.add(canonical(organization.mailHost()));
        }
        scenario.dns().mx().keySet().forEach(d -> domains.add(canonical(d)));
        Set<String> zones = new LinkedHashSet<>(domains);
        for (String host : hosts) {
            if (zones.stream().noneMatch(zone -> host.equals(zone) || host.endsWith("." + zone))) {
                zones.add(host);
            }
        }
        return List.copyOf(zones);
    }

    private static String canonical(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
