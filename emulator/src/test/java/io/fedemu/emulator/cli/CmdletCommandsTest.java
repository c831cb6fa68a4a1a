package io.fedemu.emulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.topology.Topology;
import io.fedemu.topology.launcher.EndpointsFile;
import io.fedemu.topology.scenario.ScenarioLoader;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cmdlet-style commands against one running e2e topology, found through endpoints.json written the way
 * {@code fedemu up} writes it. Tests that change a tenant put it back, so their order does not matter.
 */
class CmdletCommandsTest {
    static final String CLOUD_TO_ONPREM = "To contoso on-premises";

    @TempDir
    static Path state;

    @TempDir
    static Path stale;

    static Topology topology;

    @BeforeAll
    static void start() {
        topology = Topology.start(
                new ScenarioLoader().load(Path.of("src/test/resources/scenarios/e2e.yaml")),
                Topology.Options.in(state));
        EndpointsFile.write(state, EndpointsFile.describe(topology));
    }

    @AfterAll
    static void stop() {
        topology.close();
    }

    static CommandRun run(String... args) {
        return in(state, args);
    }

    static CommandRun in(Path stateDirectory, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--state-dir");
        all.add(stateDirectory.toString());
        return CommandRun.of(all.toArray(String[]::new));
    }

    static JsonNode json(CommandRun run) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.lenient().readTree(run.out());
    }

    @Test
    void getOrganizationRelationshipPrintsATableOrOneRelationshipAsAList() throws Exception {
        CommandRun table = run("get-organization-relationship", "--tenant", "contoso-cloud");
        CommandRun one = run("get-organization-relationship", "--tenant", "contoso-cloud", "--identity", "To fabrikam");

        assertThat(table.exitCode()).isZero();
        assertThat(table.out())
                .contains(
                        "Name                   DomainNames    Enabled FreeBusyAccessEnabled",
                        "To fabrikam            {fabrikam.com} True    True                  AvailabilityOnly");
        assertThat(one.exitCode()).isZero();
        assertThat(one.out())
                .contains(
                        "Name                  : To fabrikam",
                        "DomainNames           : {fabrikam.com}",
                        "FreeBusyAccessLevel   : AvailabilityOnly",
                        "TargetApplicationUri  : FYDIBOHF25SPDLT.fabrikam.com");
        JsonNode all = json(run("get-organization-relationship", "--tenant", "contoso-cloud", "--json"));
        assertThat(all).hasSize(2);
        assertThat(all.get(1).get("freeBusyAccessLevel").asText()).isEqualTo("AvailabilityOnly");
    }

    @Test
    void newFromFederationInformationThenSetThenRemove() throws Exception {
        CommandRun created = run(
                "new-organization-relationship",
                "--tenant",
                "fabrikam",
                "--name",
                "To contoso",
                "--from-federation-information",
                "contoso.com",
                "--free-busy-access-enabled",
                "--free-busy-access-level",
                "AvailabilityOnly");
        try {
            assertThat(created.exitCode()).as(created.err()).isZero();
            // Found through DNS: the SRV record's port, reached as localhost (PROTOCOL.md section 22).
            String autodiscover = "https://localhost:"
                    + topology.tenant("contoso-onprem").url().getPort() + "/autodiscover/autodiscover.svc";
            assertThat(created.out())
                    .contains(
                            "DomainNames           : {contoso.com}",
                            "TargetApplicationUri  : FYDIBOHF25SPDLT.contoso.com",
                            "TargetAutodiscoverEpr : " + autodiscover,
                            "FreeBusyAccessEnabled : True");

            JsonNode changed = json(run(
                    "set-organization-relationship",
                    "--tenant",
                    "fabrikam",
                    "--identity",
                    "To contoso",
                    "--free-busy-access-level",
                    "LimitedDetails",
                    "--enabled",
                    "false",
                    "--json"));
            assertThat(changed.get("freeBusyAccessLevel").asText()).isEqualTo("LimitedDetails");
            assertThat(changed.get("enabled").asBoolean()).isFalse();
            assertThat(changed.get("freeBusyAccessEnabled").asBoolean()).isTrue();
        } finally {
            CommandRun removed =
                    run("remove-organization-relationship", "--tenant", "fabrikam", "--identity", "To contoso");
            assertThat(removed.exitCode()).as(removed.err()).isZero();
        }
        CommandRun gone = run("get-organization-relationship", "--tenant", "fabrikam", "--identity", "To contoso");
        assertThat(gone.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(gone.err()).contains("RELATIONSHIP_UNKNOWN");
    }

    @Test
    void addGetAndRemoveAnAvailabilityAddressSpace() throws Exception {
        CommandRun added = run(
                "add-availability-address-space",
                "--tenant",
                "contoso-onprem",
                "--forest-name",
                "fabrikam.com",
                "--access-method",
                "InternalProxy",
                "--use-service-account",
                "--proxy-url",
                "server:EX01/ews");
        try {
            assertThat(added.exitCode()).as(added.err()).isZero();
            assertThat(added.out())
                    .contains(
                            "ForestName        : fabrikam.com",
                            "AccessMethod      : InternalProxy",
                            "UseServiceAccount : True",
                            "ProxyUrl          : server:EX01/ews");
            CommandRun table = run("get-availability-address-space", "--tenant", "contoso-onprem");
            assertThat(table.out())
                    .contains("ForestName   AccessMethod  UseServiceAccount ProxyUrl")
                    .contains("fabrikam.com InternalProxy True              server:EX01/ews");
            JsonNode one = json(run(
                    "get-availability-address-space",
                    "--tenant",
                    "contoso-onprem",
                    "--identity",
                    "FABRIKAM.com",
                    "--json"));
            assertThat(one.get("proxyUrl").asText()).isEqualTo("server:EX01/ews");
            CommandRun again = run(
                    "add-availability-address-space",
                    "--tenant",
                    "contoso-onprem",
                    "--forest-name",
                    "fabrikam.com",
                    "--proxy-url",
                    "server:EX01/ews");
            assertThat(again.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
            assertThat(again.err()).contains("409", "ADDRESS_SPACE_EXISTS");
        } finally {
            CommandRun removed = run(
                    "remove-availability-address-space", "--tenant", "contoso-onprem", "--identity", "fabrikam.com");
            assertThat(removed.exitCode()).as(removed.err()).isZero();
            assertThat(removed.out())
                    .contains("Removed availability address space 'fabrikam.com' from contoso-onprem.");
        }
        CommandRun gone =
                run("remove-availability-address-space", "--tenant", "contoso-onprem", "--identity", "fabrikam.com");
        assertThat(gone.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(gone.err()).contains("404", "ADDRESS_SPACE_NOT_FOUND");
        CommandRun wrong = run(
                "add-availability-address-space",
                "--tenant",
                "contoso-onprem",
                "--forest-name",
                "fabrikam.com",
                "--proxy-url",
                "server:EX2007-01/ews");
        assertThat(wrong.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(wrong.err()).contains("400", "ADDRESS_SPACE_INVALID", "proxyUrl: names server EX2007-01");
    }

    @Test
    void newNeedsDomainNamesOrFederationInformation() {
        CommandRun run = run("new-organization-relationship", "--tenant", "fabrikam", "--name", "Nowhere");

        assertThat(run.exitCode()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(run.err()).contains("--domain-names or --from-federation-information");
    }

    @Test
    void getAvailabilityPrintsTheAnswerAndTheTraceOfBothTenants() {
        CommandRun run = run(
                "get-availability",
                "--tenant",
                "contoso-onprem",
                "--as",
                "alice@contoso.com",
                "--for",
                "bob@contoso.com",
                "--start",
                "2026-11-30",
                "--end",
                "2026-12-01",
                "--trace");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "Mailbox          : bob@contoso.com",
                        "ResponseCode     : NoError",
                        "FreeBusyViewType : DetailedMerged",
                        "MergedFreeBusy   : 000000000000000000002220220000110000000000000000",
                        "2026-11-30T10:00:00 2026-11-30T11:30:00 Busy      Capacity planning        London 3.14",
                        "✓ RELATIONSHIP_MATCH [contoso-onprem]",
                        "✓ TOKEN_VALIDATION [contoso-cloud]",
                        "✓ ACCESS_DECISION [contoso-cloud]");
    }

    @Test
    void getAvailabilityAsJsonAndAnErrorCodeIsATrustFailure() throws Exception {
        JsonNode answer = json(run(
                "get-availability",
                "--tenant",
                "contoso-onprem",
                "--as",
                "alice@contoso.com",
                "--for",
                "bob@contoso.com",
                "--start",
                "2026-11-30",
                "--view",
                "FreeBusy",
                "--json"));
        CommandRun carol = run(
                "get-availability",
                "--tenant",
                "contoso-onprem",
                "--as",
                "alice@contoso.com",
                "--for",
                "carol@contoso.com",
                "--start",
                "2026-11-30");

        JsonNode bob = answer.get("mailboxes").get(0);
        assertThat(bob.get("responseCode").asText()).isEqualTo("NoError");
        assertThat(bob.get("freeBusyViewType").asText()).isEqualTo("FreeBusy");
        assertThat(bob.get("events")).hasSize(3);
        assertThat(bob.get("events").get(0).has("subject")).isFalse();
        assertThat(carol.exitCode()).isEqualTo(ExitStatus.TRUST_FAILURE.code());
        assertThat(carol.out()).contains("ResponseCode     : ErrorNoFreeBusyAccess");
    }

    @Test
    void aDisabledRelationshipIsATrustFailureForEveryCommandThatCrossesIt() {
        CommandRun disabled = run(
                "set-organization-relationship",
                "--tenant",
                "contoso-cloud",
                "--identity",
                CLOUD_TO_ONPREM,
                "--enabled",
                "false");
        try {
            assertThat(disabled.exitCode()).as(disabled.err()).isZero();
            assertThat(disabled.out()).contains("Enabled               : False");

            CommandRun availability = run(
                    "get-availability",
                    "--tenant",
                    "contoso-onprem",
                    "--as",
                    "alice@contoso.com",
                    "--for",
                    "bob@contoso.com",
                    "--start",
                    "2026-11-30",
                    "--trace");
            CommandRun chain = run(
                    "test-trust-chain",
                    "--tenant",
                    "contoso-onprem",
                    "--as",
                    "alice@contoso.com",
                    "--for",
                    "bob@contoso.com");
            CommandRun test = run(
                    "test-organization-relationship", "--tenant", "contoso-onprem", "--identity", "To contoso cloud");

            assertThat(availability.exitCode()).as(availability.out()).isEqualTo(ExitStatus.TRUST_FAILURE.code());
            assertThat(availability.out())
                    .doesNotContain("ResponseCode     : NoError")
                    .contains("✗");
            assertThat(chain.exitCode()).as(chain.out()).isEqualTo(ExitStatus.TRUST_FAILURE.code());
            assertThat(chain.out()).contains("✗ organization relationship of the partner");
            assertThat(test.exitCode()).as(test.out()).isEqualTo(ExitStatus.TRUST_FAILURE.code());
            assertThat(test.out()).contains("Type    : Error");
        } finally {
            assertThat(run(
                                    "set-organization-relationship",
                                    "--tenant",
                                    "contoso-cloud",
                                    "--identity",
                                    CLOUD_TO_ONPREM,
                                    "--enabled",
                                    "true")
                            .exitCode())
                    .isZero();
        }
    }

    @Test
    void testCmdletsPrintExchangesIdTypeMessageList() throws Exception {
        CommandRun trust = run("test-federation-trust", "--tenant", "contoso-onprem");
        CommandRun relationship = run(
                "test-organization-relationship",
                "--tenant",
                "contoso-onprem",
                "--identity",
                "To contoso cloud",
                "--user",
                "alice@contoso.com");
        CommandRun chain = run(
                "test-trust-chain",
                "--tenant",
                "contoso-onprem",
                "--as",
                "alice@contoso.com",
                "--for",
                "bob@contoso.com");

        assertThat(trust.exitCode()).as(trust.out()).isZero();
        assertThat(trust.out())
                .contains("Id      : TokenValidation\nType    : Success")
                .doesNotContain("Error");
        assertThat(relationship.exitCode()).as(relationship.out()).isZero();
        assertThat(relationship.out()).contains("Id      : AccessLevels", "Type    : Success");
        assertThat(chain.exitCode()).as(chain.out()).isZero();
        assertThat(chain.out())
                .contains("Trust chain from alice@contoso.com to bob@contoso.com", "✓ the free/busy answer: NoError");
        JsonNode results = json(run("test-federation-trust", "--tenant", "contoso-onprem", "--json"));
        assertThat(results.get(0).fieldNames()).toIterable().containsExactly("id", "type", "message");
    }

    @Test
    void getFederationInformationFindsTheTenantHoldingTheDomainThroughDns() throws Exception {
        CommandRun run = run("get-federation-information", "--domain-name", "contoso.mail.onmicrosoft.com");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains(
                        "DomainNames           : {contoso.mail.onmicrosoft.com}",
                        "TargetApplicationUri  : outlook.com",
                        "TokenIssuerUris       : {"
                                + topology.gateway().settings().issuer());
        assertThat(json(run("get-federation-information", "--domain-name", "fabrikam.com", "--json"))
                        .get("targetApplicationUri")
                        .asText())
                .isEqualTo("FYDIBOHF25SPDLT.fabrikam.com");
        CommandRun unknown = run("get-federation-information", "--domain-name", "example.org");
        assertThat(unknown.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        // Found through DNS (docs/PROTOCOL.md section 22): a domain without Autodiscover records is Exchange's failure.
        assertThat(unknown.err())
                .contains("Federation information could not be received from the external organization")
                .contains("_autodiscover._tcp.example.org");
    }

    @Test
    void getFederatedDomainProofPrintsTheTxtRecord() throws Exception {
        JsonNode proof = json(run(
                "get-federated-domain-proof", "--tenant", "contoso-onprem", "--domain-name", "contoso.com", "--json"));

        assertThat(proof.get("txtRecord").asText())
                .startsWith("contoso.com")
                .contains(proof.get("proof").asText());
    }

    @Test
    void setFederationTrustStagesThenPublishesANewCertificate() throws Exception {
        JsonNode staged = json(run("set-federation-trust", "--tenant", "fabrikam", "--thumbprint", "--json"));
        String next = staged.get("nextCertificate").asText();
        String current = staged.get("currentCertificate").asText();
        CommandRun published = run("set-federation-trust", "--tenant", "fabrikam", "--publish-federation-certificate");
        CommandRun refreshed = run("set-federation-trust", "--tenant", "fabrikam", "--refresh-metadata");

        assertThat(next).isNotBlank().isNotEqualTo(current);
        assertThat(published.exitCode()).as(published.err()).isZero();
        assertThat(published.out()).contains("CurrentCertificate  : " + next, "PreviousCertificate : " + current);
        assertThat(refreshed.exitCode()).as(refreshed.err()).isZero();
        assertThat(run("set-federation-trust", "--tenant", "fabrikam", "--thumbprint", "ABCDEF")
                        .exitCode())
                .isEqualTo(ExitStatus.USAGE.code());
    }

    @Test
    void anEndpointThatDoesNotAnswerExitsWithUnreachable() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Endpoints running = EndpointsFile.read(state);
        List<Endpoints.Tenant> tenants = running.tenants().stream()
                .map(t -> new Endpoints.Tenant(
                        t.name(),
                        t.kind(),
                        t.domains(),
                        t.applicationUri(),
                        t.ews().replaceFirst(":\\d+/", ":" + closed + "/"),
                        t.autodiscover(),
                        t.admin().replaceFirst(":\\d+/", ":" + closed + "/"),
                        t.mailboxes(),
                        t.servers()))
                .toList();
        EndpointsFile.write(
                stale,
                new Endpoints(
                        running.scenario(),
                        running.scenarioFile(),
                        running.trustBundle(),
                        running.admin(),
                        running.gateway(),
                        tenants));

        CommandRun get = in(stale, "get-organization-relationship", "--tenant", "contoso-onprem");
        CommandRun availability = in(
                stale,
                "get-availability",
                "--tenant",
                "contoso-onprem",
                "--as",
                "alice@contoso.com",
                "--for",
                "bob@contoso.com");

        assertThat(get.exitCode()).isEqualTo(ExitStatus.UNREACHABLE.code());
        assertThat(get.err()).contains("could not be reached");
        assertThat(availability.exitCode()).isEqualTo(ExitStatus.UNREACHABLE.code());
    }

    @Test
    void usageErrorsExitWithTwoAndAMissingEmulatorWithOne(@TempDir Path empty) {
        assertThat(run("get-organization-relationship").exitCode()).isEqualTo(ExitStatus.USAGE.code());
        assertThat(run(
                                "set-organization-relationship",
                                "--tenant",
                                "fabrikam",
                                "--identity",
                                "To contoso cloud",
                                "--free-busy-access-level",
                                "Everything")
                        .exitCode())
                .isEqualTo(ExitStatus.USAGE.code());
        assertThat(run(
                                "get-availability",
                                "--tenant",
                                "fabrikam",
                                "--as",
                                "erin@fabrikam.com",
                                "--for",
                                "bob@contoso.com",
                                "--view",
                                "Everything")
                        .exitCode())
                .isEqualTo(ExitStatus.USAGE.code());
        CommandRun unknownTenant = run("get-organization-relationship", "--tenant", "northwind");
        assertThat(unknownTenant.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(unknownTenant.err()).contains("no tenant named 'northwind'");
        CommandRun nothingRunning = in(empty, "get-organization-relationship", "--tenant", "fabrikam");
        assertThat(nothingRunning.exitCode()).isEqualTo(ExitStatus.FAILURE.code());
        assertThat(nothingRunning.err()).contains("fedemu up --state-dir");
    }

    @Test
    void everyCmdletHasHelpWithAnExample() {
        for (String command : List.of(
                "get-organization-relationship",
                "new-organization-relationship",
                "set-organization-relationship",
                "remove-organization-relationship",
                "get-availability",
                "test-federation-trust",
                "test-organization-relationship",
                "get-federation-information",
                "get-federated-domain-proof",
                "set-federation-trust",
                "test-trust-chain")) {
            CommandRun help = CommandRun.of(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Example:", "  fedemu " + command + " ");
        }
    }
}
