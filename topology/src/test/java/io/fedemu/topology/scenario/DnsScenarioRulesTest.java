package io.fedemu.topology.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.dns.DnsRecordInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario's {@code dns: records:} (docs/PROTOCOL.md section 22): read as written, a bad record named at its line. */
class DnsScenarioRulesTest {
    private static final String BASE = """
            scenario: dns
            organizations:
              - name: contoso
                kind: cloud
                applicationUri: outlook.com
                domains: [contoso.com]
                hostNames: [outlook.office365.com]
            dns:
              records:
                - {name: www.contoso.com, type: A, value: 127.0.0.1}
                - %s
            """;

    @TempDir
    Path dir;

    @Test
    void theRecordsAreReadAsWrittenAndTheZonesAreTheDomainsAndForeignHostNames() throws IOException {
        Scenario scenario = load("{name: lyncdiscover.contoso.com, type: CNAME, value: webdir.online.lync.com.}");

        assertThat(scenario.dns().records())
                .contains(new DnsRecordInfo("lyncdiscover.contoso.com", "CNAME", "webdir.online.lync.com.", null));
        assertThat(ScenarioZones.of(scenario)).containsExactly("contoso.com", "outlook.office365.com");
    }

    @Test
    void eachBadRecordIsNamedAtItsLineAndField() {
        assertThatThrownBy(() -> load("{name: www.example.org, type: A, value: 127.0.0.1}"))
                .hasMessageContaining(":11: dns.records[1].name: ")
                .hasMessageContaining("DNS_NAME_OUTSIDE_ZONES");
        assertThatThrownBy(() -> load("{name: contoso.com, type: NAPTR, value: x}"))
                .hasMessageContaining("dns.records[1].type: ")
                .hasMessageContaining("DNS_RECORD_TYPE_UNSUPPORTED");
        assertThatThrownBy(() -> load("{name: contoso.com, type: MX, value: \"mail.contoso.com\"}"))
                .hasMessageContaining("dns.records[1].value: ")
                .hasMessageContaining("DNS_RECORD_VALUE_MALFORMED");
        assertThatThrownBy(() -> load("{name: www.contoso.com, type: CNAME, value: contoso.com.}"))
                .hasMessageContaining("dns.records[1].name: ")
                .hasMessageContaining("DNS_CNAME_CONFLICT");
    }

    private Scenario load(String record) throws IOException {
        Path file = dir.resolve("dns.yaml");
        Files.writeString(file, BASE.formatted(record));
        return new ScenarioLoader().load(file);
    }
}
