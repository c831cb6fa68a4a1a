package io.fedemu.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.dns.DnsRecordInfo;
import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scenario's DNS across a restart (docs/PROTOCOL.md section 22): what the administrator changed through the admin
 * API stays, the scenario's own records are made anew, and an organization that does not federate has no proof.
 */
class ScenarioDnsTest {
    private static final String SCENARIO = """
            scenario: dns-restart
            organizations:
              - name: contoso
                kind: on-premises
                federated: false
                domains: [contoso.com]
                hostNames: [mail.contoso.com]
            """;

    @TempDir
    Path state;

    @Test
    void anAdministratorsCnameSurvivesARestartAndTheScenariosRecordsComeBack() throws IOException {
        Path file = state.resolve("dns-restart.yaml");
        Files.writeString(file, SCENARIO);
        Scenario scenario = new ScenarioLoader().load(file);
        try (Topology first = Topology.start(scenario, Topology.Options.in(state))) {
            var zones = first.dns().zones();
            assertThat(zones.records("contoso.com", "TXT"))
                    .extracting(DnsRecordInfo::value)
                    .containsExactly("\"" + ScenarioDns.SPF_ON_PREMISES + "\"");
            // Autodiscover pointed elsewhere, as an administrator would: the A record out, a CNAME in.
            zones.remove("autodiscover.contoso.com", "A", null);
            zones.addAndKeep(new DnsRecordInfo("autodiscover.contoso.com", "CNAME", "mail.contoso.com."));
            zones.remove("mail.contoso.com", "A", null);
        }
        try (Topology second = Topology.start(scenario, Topology.Options.in(state))) {
            var zones = second.dns().zones();
            assertThat(zones.records("autodiscover.contoso.com", null))
                    .extracting(DnsRecordInfo::type)
                    .containsExactly("CNAME");
            assertThat(zones.records("mail.contoso.com", "A"))
                    .extracting(DnsRecordInfo::value)
                    .containsExactly("127.0.0.1");
        }
    }
}
