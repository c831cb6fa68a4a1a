package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.topology.launcher.EndpointsFile;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The seed's hybrid with mail (issue 15): endpoints.json lists each organization's SMTP connectors, and
 * {@code send-message} / {@code get-message} carry mail across the premises over the wizard's connectors with
 * mutual TLS, arriving as internal.
 */
class HybridMailCommandsTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    static Path state;

    @BeforeAll
    static void publish() {
        state = federation.topology().stateDirectory();
        EndpointsFile.write(state, federation.endpoints());
    }

    @Test
    void endpointsListTheConnectorsOfBothSides() {
        Endpoints endpoints = federation.endpoints();
        assertThat(tenant(endpoints, "contoso-onprem").smtp())
                .extracting(Endpoints.Smtp::connector)
                .containsExactly(
                        "Default Frontend EX2013-01", "Default Frontend EX2013-02", "Client Frontend EX2013-01");
        assertThat(tenant(endpoints, "contoso-cloud").smtp())
                .extracting(Endpoints.Smtp::connector, Endpoints.Smtp::host)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "Exchange Online Protection", "contoso-com.mail.protection.outlook.com"),
                        org.assertj.core.groups.Tuple.tuple(
                                "Client Submission smtp.office365.com", "smtp.office365.com"));
    }

    @Test
    void mailFromOnPremisesReachesTheCloudMailboxAsInternalAndBack() throws Exception {
        CommandRun sent =
                run("send-message", "--from", "alice@contoso.com", "--to", "bob@contoso.com", "--subject", "Figures");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("through Client Frontend EX2013-01 of contoso-onprem");

        JsonNode bob = json(run("get-message", "--identity", "bob@contoso.mail.onmicrosoft.com", "--json"));
        JsonNode figures = last(bob);
        assertThat(figures.get("subject").asText()).isEqualTo("Figures");
        assertThat(figures.at("/headers/X-MS-Exchange-Organization-AuthAs/0").asText())
                .isEqualTo("Internal");
        assertThat(figures.at("/headers/X-MS-Exchange-Organization-SCL/0").asText())
                .isEqualTo("-1");

        CommandRun reply = run(
                "send-message",
                "--from",
                "bob@contoso.mail.onmicrosoft.com",
                "--to",
                "alice@contoso.com",
                "--subject",
                "Re: Figures");
        assertThat(reply.exitCode()).as(reply.err()).isZero();
        CommandRun table = run("get-message", "--identity", "alice@contoso.com");
        assertThat(table.out()).contains("Re: Figures").contains("Internal");
    }

    @Test
    void aRecipientNobodyHasIsRefusedWithExchangesReply() {
        CommandRun refused = run("send-message", "--from", "alice@contoso.com", "--to", "zed@contoso.com");

        assertThat(refused.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(refused.err()).contains("550 5.1.1 RESOLVER.ADR.ExRecipNotFound; not found");
    }

    private static JsonNode last(JsonNode messages) {
        assertThat(messages).isNotEmpty();
        return messages.get(messages.size() - 1);
    }

    private static Endpoints.Tenant tenant(Endpoints endpoints, String name) {
        return endpoints.tenants().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static CommandRun run(String... args) {
        return CmdletCommandsTest.in(state, args);
    }

    private static JsonNode json(CommandRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.lenient().readTree(run.out());
    }
}
