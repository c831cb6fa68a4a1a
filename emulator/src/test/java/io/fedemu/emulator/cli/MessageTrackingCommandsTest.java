package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.client.http.ProblemException;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.topology.launcher.EndpointsFile;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The message tracking cmdlets against the seed's hybrid (issue 15): get-message-tracking-log through the admin API,
 * search-message-tracking-report and get-message-tracking-report through EWS, and DeliveryReportEnabled set and shown
 * by the relationship cmdlets.
 */
class MessageTrackingCommandsTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    static Path state;

    @BeforeAll
    static void publish() {
        state = federation.topology().stateDirectory();
        EndpointsFile.write(state, federation.endpoints());
    }

    @Test
    void theLogShowsEachHopWithItsConnectorAndServer() throws Exception {
        send("Tracked by the log", "bob@contoso.com");

        JsonNode onPremises = json(run(
                "get-message-tracking-log",
                "--organization",
                "contoso-onprem",
                "--sender",
                "alice@contoso.com",
                "--json"));
        assertThat(eventIds(onPremises, "Tracked by the log")).containsExactly("RECEIVE", "SEND");
        JsonNode sent = onPremises.get(onPremises.size() - 1);
        assertThat(sent.get("connectorId").asText()).isEqualTo("Outbound to Office 365");
        assertThat(sent.get("serverHostname").asText()).isEqualTo("mail.contoso.com");
        assertThat(sent.get("recipients").get(0).asText()).isEqualTo("bob@contoso.mail.onmicrosoft.com");

        CommandRun cloud = run(
                "get-message-tracking-log",
                "--organization",
                "contoso-cloud",
                "--event-id",
                "DELIVER",
                "--recipients",
                "bob@contoso.mail.onmicrosoft.com");
        assertThat(cloud.exitCode()).as(cloud.err()).isZero();
        assertThat(cloud.out()).contains("DELIVER").contains("STOREDRIVER").contains("Tracked by the log");
    }

    @Test
    void aFilterTheLogCannotReadIsRefusedNamingIt() {
        CommandRun refused =
                run("get-message-tracking-log", "--organization", "contoso-onprem", "--event-id", "BOUNCE");

        assertThat(refused.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(refused.err())
                .contains(Reason.MESSAGE_TRACKING_FILTER_INVALID.name())
                .contains("eventId")
                .contains("BOUNCE");
        // The admin API answers a 400 problem naming the filter, and nothing is searched.
        assertThatThrownBy(() -> RunningEmulator.in(state)
                        .admin("contoso-onprem")
                        .messageTrackingLog(java.util.Map.of("start", "yesterday")))
                .isInstanceOfSatisfying(
                        ProblemException.class, p -> assertThat(p.status()).isEqualTo(400))
                .hasMessageContaining("start: 'yesterday'");
    }

    @Test
    void theSenderSearchesAndFollowsTheMessageIntoTheCloud() throws Exception {
        send("Followed", "bob@contoso.com");

        JsonNode found = json(run(
                "search-message-tracking-report",
                "--identity",
                "alice@contoso.com",
                "--recipients",
                "bob@contoso.com",
                "--subject",
                "Followed",
                "--json"));
        assertThat(found).hasSize(1);
        String id = found.get(0).get("messageTrackingReportId").asText();

        CommandRun report = run(
                "get-message-tracking-report",
                "--as",
                "alice@contoso.com",
                "--identity",
                id,
                "--report-template",
                "RecipientPath");
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out())
                .contains("Subject")
                .contains("Followed")
                .contains("TransferredToPartnerOrg")
                .contains("Delivered")
                .contains("contoso-com.mail.protection.outlook.com");
    }

    @Test
    void anotherUsersMessagesNeedTheAdministrator() throws Exception {
        send("Not carol's", "dave@contoso.com");

        CommandRun refused = run(
                "search-message-tracking-report",
                "--identity",
                "alice@contoso.com",
                "--as",
                "carol@contoso.com",
                "--recipients",
                "dave@contoso.com");
        assertThat(refused.exitCode()).isEqualTo(ExitStatus.TRUST_FAILURE.code());
        assertThat(refused.out()).contains("ErrorAccessDenied").contains("DELIVERY_REPORT_ACCESS_DENIED");

        CommandRun bypassed = run(
                "search-message-tracking-report",
                "--identity",
                "alice@contoso.com",
                "--as",
                "carol@contoso.com",
                "--recipients",
                "dave@contoso.com",
                "--bypass-delegate-checking");
        assertThat(bypassed.exitCode()).as(bypassed.err() + bypassed.out()).isZero();
        assertThat(bypassed.out()).contains("Not carol's");
    }

    @Test
    void deliveryReportsOffOnOneSideStopTheReportAndSayWhy() throws Exception {
        send("Stopped", "bob@contoso.com");
        String id = json(run(
                        "search-message-tracking-report",
                        "--identity",
                        "alice@contoso.com",
                        "--recipients",
                        "bob@contoso.com",
                        "--subject",
                        "Stopped",
                        "--json"))
                .get(0)
                .get("messageTrackingReportId")
                .asText();
        String relationship = "On-premises to O365 - contoso on-premises";
        assertThat(run(
                                "set-organization-relationship",
                                "--tenant",
                                "contoso-cloud",
                                "--identity",
                                relationship,
                                "--delivery-report-enabled",
                                "false")
                        .exitCode())
                .isZero();
        try {
            assertThat(json(run(
                                    "get-organization-relationship",
                                    "--tenant",
                                    "contoso-cloud",
                                    "--identity",
                                    relationship,
                                    "--json"))
                            .get("deliveryReportEnabled")
                            .asBoolean())
                    .isFalse();
            CommandRun stopped = run("get-message-tracking-report", "--as", "alice@contoso.com", "--identity", id);
            assertThat(stopped.exitCode()).isEqualTo(ExitStatus.TRUST_FAILURE.code());
            assertThat(stopped.out())
                    .contains("ErrorMessageTrackingPermanentError")
                    .contains("DELIVERY_REPORT_DISABLED_BY_PARTNER")
                    .contains("TransferredToPartnerOrg");
        } finally {
            run(
                    "set-organization-relationship",
                    "--tenant",
                    "contoso-cloud",
                    "--identity",
                    relationship,
                    "--delivery-report-enabled",
                    "true");
        }
    }

    private static void send(String subject, String to) {
        CommandRun sent = run("send-message", "--from", "alice@contoso.com", "--to", to, "--subject", subject);
        assertThat(sent.exitCode()).as(sent.err()).isZero();
    }

    private static java.util.List<String> eventIds(JsonNode events, String subject) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        events.forEach(e -> {
            if (subject.equals(e.path("messageSubject").asText())) {
                ids.add(e.get("eventId").asText());
            }
        });
        return ids;
    }

    private static CommandRun run(String... args) {
        return CmdletCommandsTest.in(state, args);
    }

    private static JsonNode json(CommandRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err() + run.out()).isZero();
        return Json.lenient().readTree(run.out());
    }
}
