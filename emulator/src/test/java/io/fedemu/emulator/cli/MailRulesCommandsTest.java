package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.junit.FederationExtension;
import io.fedemu.topology.launcher.EndpointsFile;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A scenario's transport and journal rules (docs/PROTOCOL.md section 20) as the get cmdlets list them and as they
 * act: mail from the other premises that arrived internal is ruled and journaled as internal mail; internet mail
 * entering on-premises (the scenario's MX) and crossing to the cloud stays anonymous, so the internal rules leave
 * it alone while a rule without scopes still acts.
 */
class MailRulesCommandsTest {
    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/mail-rules.yaml"));

    static Path state;

    @BeforeAll
    static void publish() {
        state = federation.topology().stateDirectory();
        EndpointsFile.write(state, federation.endpoints());
    }

    @Test
    void theGetCmdletsListTheScenariosRules() {
        CommandRun transport = run("get-transport-rule", "--tenant", "contoso-cloud");
        assertThat(transport.exitCode()).as(transport.err()).isZero();
        assertThat(transport.out())
                .contains("Internal banner")
                .contains("InOrganization")
                .contains("Copy legal");
        CommandRun journal = run("get-journal-rule", "--tenant", "contoso-cloud");
        assertThat(journal.exitCode()).as(journal.err()).isZero();
        assertThat(journal.out())
                .contains("Journal internal")
                .contains("Internal")
                .contains("journal@contoso.com");
    }

    /** The scenario's dns: records: served beside the MX its dns: mx: names (docs/PROTOCOL.md section 22). */
    @Test
    void theScenariosOwnDnsRecordsAreServed() {
        CommandRun records = run("get-dns-record", "--name", "lyncdiscover.contoso.com");
        assertThat(records.exitCode()).as(records.err()).isZero();
        assertThat(records.out()).contains("CNAME").contains("webdir.online.lync.com.");
        CommandRun txt = run("get-dns-record", "--name", "contoso.com", "--type", "TXT");
        assertThat(txt.out()).contains("\"MS=ms12345678\"").contains("300");
        CommandRun mx = run("get-dns-record", "--name", "contoso.com", "--type", "MX");
        assertThat(mx.out()).contains("10 mail.contoso.com.");
    }

    @Test
    void crossPremisesMailIsRuledAndJournaledAsInternalAndInternetMailIsNot() throws Exception {
        int journaled = json(run("get-message", "--identity", "journal@contoso.com", "--json"))
                .size();

        assertThat(run("send-message", "--from", "alice@contoso.com", "--to", "bob@contoso.com", "--subject", "figures")
                        .exitCode())
                .isZero();
        JsonNode internal = last("bob@contoso.mail.onmicrosoft.com");
        assertThat(internal.get("subject").asText()).isEqualTo("[internal] figures");
        assertThat(internal.at("/headers/X-Contoso-Internal/0").asText()).isEqualTo("yes");
        JsonNode report = last("journal@contoso.com");
        assertThat(report.get("subject").asText()).isEqualTo("[internal] figures");
        assertThat(report.at("/headers/X-MS-Journal-Report")).isNotNull();

        assertThat(run(
                                "send-message",
                                "--from",
                                "erin@fabrikam.net",
                                "--to",
                                "bob@contoso.com",
                                "--subject",
                                "contract draft")
                        .exitCode())
                .isZero();
        JsonNode external = last("bob@contoso.mail.onmicrosoft.com");
        assertThat(external.get("subject").asText()).isEqualTo("contract draft");
        assertThat(external.at("/headers/X-MS-Exchange-Organization-AuthAs/0").asText())
                .isEqualTo("Anonymous");
        assertThat(external.at("/headers/X-Contoso-Internal").isMissingNode()).isTrue();
        // Entered on-premises (MX on-premises), then crossed the Send connector to Exchange Online Protection.
        assertThat(external.at("/headers/Received/0").asText()).contains("from mail.contoso.com");
        assertThat(external.at("/headers/Received/1").asText()).contains("from mail.fabrikam.net");
        // Not journaled as internal; the unscoped rule's blind copy still went to the journal mailbox.
        JsonNode copies = json(run("get-message", "--identity", "journal@contoso.com", "--json"));
        assertThat(copies.size()).isEqualTo(journaled + 2);
        assertThat(copies.get(copies.size() - 1).get("subject").asText()).isEqualTo("contract draft");
    }

    private static JsonNode last(String mailbox) throws Exception {
        JsonNode messages = json(run("get-message", "--identity", mailbox, "--json"));
        assertThat(messages).isNotEmpty();
        return messages.get(messages.size() - 1);
    }

    private static CommandRun run(String... args) {
        return CmdletCommandsTest.in(state, args);
    }

    private static JsonNode json(CommandRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.lenient().readTree(run.out());
    }
}
