package io.fedemu.topology.scenario;

import io.fedemu.dns.AddedRecordsFile;
import io.fedemu.dns.DnsRefusedException;
import io.fedemu.dns.DnsZones;
import io.fedemu.protocol.dns.DnsRecordInfo;
import java.nio.file.Path;
import java.util.List;

/**
 * The checks of a scenario's {@code dns: records:} (docs/PROTOCOL.md section 22), with the emulated DNS server's own
 * rules: each record is put into a throwaway copy of the scenario's zones, and a refusal is reported at the field's
 * line in the file, as the admin API would name it.
 */
final class DnsScenarioRules {
    private final Scenario scenario;
    private final Path file;
    private final YamlLocations locations;

    DnsScenarioRules(Scenario scenario, Path file, YamlLocations locations) {
        this.scenario = scenario;
        this.file = file;
        this.locations = locations;
    }

    void check() {
        List<DnsRecordInfo> records = scenario.dns().records();
        if (records.isEmpty()) {
            return;
        }
        DnsZones zones = new DnsZones(ScenarioZones.of(scenario), AddedRecordsFile.NONE);
        for (int i = 0; i < records.size(); i++) {
            try {
                zones.publish(records.get(i));
            } catch (DnsRefusedException e) {
                String pointer = "/dns/records/" + i + "/" + field(e);
                throw new ScenarioException(
                        file,
                        locations.line(pointer),
                        YamlLocations.readable(pointer),
                        e.getMessage() + " (" + e.reason().name() + ")");
            }
        }
    }

    /** The field a refusal is about, as its reason tells. */
    private static String field(DnsRefusedException e) {
        return switch (e.reason()) {
            case DNS_NAME_INVALID, DNS_NAME_OUTSIDE_ZONES, DNS_CNAME_CONFLICT -> "name";
            case DNS_RECORD_TYPE_UNSUPPORTED -> "type";
            case REQUEST_INVALID -> "ttl";
            default -> "value";
        };
    }
}
