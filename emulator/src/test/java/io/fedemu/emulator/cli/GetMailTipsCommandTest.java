package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.topology.Topology;
import io.fedemu.topology.launcher.EndpointsFile;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * get-mailtips against the teaching scenario, as its comments tell a trainer to run it: at Limited the recipients'
 * own tips are missing, the trace names the MailTips token and fabrikam's level, and raising the level with
 * set-organization-relationship brings them back.
 */
class GetMailTipsCommandTest {
    private static final String DANA = "dana@contoso.mail.onmicrosoft.com";

    @TempDir
    static Path state;

    static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.start(
                new ScenarioLoader().loadShipped("teaching-mailtips-limited"), Topology.Options.in(state));
        EndpointsFile.write(state, EndpointsFile.describe(topology));
    }

    @AfterAll
    static void stop() {
        topology.close();
    }

    @Test
    void atLimitedTheTraceShowsTheChainAndTheRecipientsOwnTipsAreMissingUntilTheLevelIsAll() throws Exception {
        CommandRun limited = run(
                "get-mailtips",
                "--tenant",
                "contoso-cloud",
                "--as",
                DANA,
                "--for",
                "erin@fabrikam.com,frank@fabrikam.com,nobody@fabrikam.com",
                "--trace");

        assertThat(limited.exitCode()).as(limited.err()).isZero();
        assertThat(limited.out())
                .containsPattern("Recipient +: erin@fabrikam.com")
                .containsPattern("OutOfOffice +: I am out of the office this week and will answer when I am back.")
                .containsPattern("MaxMessageSize +: 10485760")
                .containsPattern("InvalidRecipient +: true")
                .contains(
                        "✓ TOKEN_REQUEST [contoso-cloud]",
                        "for MSExchange.MailTips",
                        "✓ ACCESS_DECISION [fabrikam]: MailTipsAccessLevel Limited from relationship 'Contoso cloud'")
                .doesNotContain("CustomMailTip", "MailboxFull", "TotalMemberCount", "IsModerated");

        CommandRun raised = fabrikamLevel("All");
        assertThat(raised.exitCode()).as(raised.err()).isZero();
        JsonNode all = json(run(
                "get-mailtips", "--tenant", "contoso-cloud", "--as", DANA, "--for", "frank@fabrikam.com", "--json"));
        fabrikamLevel("Limited");

        JsonNode frank = all.get("recipients").get(0);
        assertThat(frank.get("responseCode").asText()).isEqualTo("NoError");
        assertThat(frank.get("mailboxFull").asBoolean()).isTrue();
        assertThat(frank.get("totalMemberCount").asInt()).isEqualTo(1);
    }

    @Test
    void levelNoneIsATrustFailureNamingTheReason() {
        fabrikamLevel("None");
        CommandRun none;
        try {
            none = run("get-mailtips", "--tenant", "contoso-cloud", "--as", DANA, "--for", "erin@fabrikam.com");
        } finally {
            fabrikamLevel("Limited");
        }

        assertThat(none.exitCode()).isEqualTo(ExitStatus.TRUST_FAILURE.code());
        assertThat(none.out()).contains("ErrorMailTipsDisabled", "MAIL_TIPS_LEVEL_NONE");
    }

    /** set-organization-relationship at fabrikam, as the teaching scenario's comment tells a trainer to run it. */
    private static CommandRun fabrikamLevel(String level) {
        return run(
                "set-organization-relationship",
                "--tenant",
                "fabrikam",
                "--identity",
                "Contoso cloud",
                "--mail-tips-access-level",
                level);
    }

    private static CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--state-dir");
        all.add(state.toString());
        return CommandRun.of(all.toArray(String[]::new));
    }

    private static JsonNode json(CommandRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.lenient().readTree(run.out());
    }
}
