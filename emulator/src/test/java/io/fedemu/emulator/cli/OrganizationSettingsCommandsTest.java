package io.fedemu.emulator.cli;

import static io.fedemu.emulator.cli.BlankMailConnectorsTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.AcceptedDomainInfo;
import io.fedemu.protocol.tenant.EmailAddressPolicyInfo;
import io.fedemu.protocol.tenant.WebServicesVirtualDirectoryInfo;
import io.fedemu.topology.launcher.EndpointsFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accepted domains, the email address policy and the EWS virtual directories on the blank start (issue 17,
 * docs/PROTOCOL.md section 23): what the wizard finds, what its stages change, and each refusal with its reason and
 * nothing changed. The cmdlets on the wire (the admin API) and as a trainer types them.
 */
class OrganizationSettingsCommandsTest {
    static final String COEXISTENCE = "contoso.mail.onmicrosoft.com";

    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid-blank");

    static Path state;

    @BeforeAll
    static void publish() {
        state = federation.topology().stateDirectory();
        EndpointsFile.write(state, federation.endpoints());
    }

    @Test
    void theBlankOrganizationsAcceptedDomainsAndTheCoexistenceDomainAddedAndRemoved() throws Exception {
        TenantAdminClient onPremises = federation.tenantAdmin("contoso-onprem");
        assertThat(onPremises.acceptedDomains())
                .containsExactly(new AcceptedDomainInfo("contoso.com", "contoso.com", "Authoritative"));
        assertThat(federation.tenantAdmin("contoso-cloud").acceptedDomains())
                .containsExactly(
                        new AcceptedDomainInfo(COEXISTENCE, COEXISTENCE, "Authoritative"),
                        new AcceptedDomainInfo("contoso.com", "contoso.com", "InternalRelay"));

        assertRefused(
                () -> onPremises.newAcceptedDomain(new AcceptedDomainInfo(null, "not a domain", null)),
                Reason.ACCEPTED_DOMAIN_INVALID,
                "DomainName");
        assertRefused(
                () -> onPremises.newAcceptedDomain(new AcceptedDomainInfo(null, COEXISTENCE, "Relay")),
                Reason.ACCEPTED_DOMAIN_INVALID,
                "DomainType");
        assertRefused(
                () -> onPremises.newAcceptedDomain(new AcceptedDomainInfo(null, "CONTOSO.com", null)),
                Reason.ACCEPTED_DOMAIN_EXISTS,
                "contoso.com");
        assertRefused(
                () -> onPremises.removeAcceptedDomain("fabrikam.net"),
                Reason.ACCEPTED_DOMAIN_NOT_FOUND,
                "fabrikam.net");
        assertRefused(
                () -> onPremises.removeAcceptedDomain("contoso.com"), Reason.ACCEPTED_DOMAIN_IN_USE, "Default Policy");
        assertThat(onPremises.acceptedDomains()).hasSize(1);

        CommandRun added = run("new-accepted-domain", "--tenant", "contoso-onprem", "--domain-name", COEXISTENCE);
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("DomainType", "Authoritative");
        JsonNode listed = json(run("get-accepted-domain", "--tenant", "contoso-onprem", "--json"));
        assertThat(listed.findValuesAsText("domainName")).containsExactly("contoso.com", COEXISTENCE);

        CommandRun removed = run("remove-accepted-domain", "--tenant", "contoso-onprem", "--identity", COEXISTENCE);
        assertThat(removed.exitCode()).as(removed.err()).isZero();
        assertThat(onPremises.acceptedDomains())
                .extracting(AcceptedDomainInfo::domainName)
                .containsExactly("contoso.com");
    }

    @Test
    void theDefaultPolicyGainsTheCoexistenceDomainAsASecondaryProxy() throws Exception {
        TenantAdminClient onPremises = federation.tenantAdmin("contoso-onprem");
        EmailAddressPolicyInfo blank = onPremises.emailAddressPolicies().get(0);
        assertThat(blank.name()).isEqualTo("Default Policy");
        assertThat(blank.enabledEmailAddressTemplates()).containsExactly("SMTP:%m@contoso.com");
        List<String> wizards = List.of("SMTP:%m@contoso.com", "smtp:%m@" + COEXISTENCE);

        assertRefused(
                () -> onPremises.setEmailAddressPolicy("Default Policy", wizards),
                Reason.EMAIL_ADDRESS_TEMPLATE_INVALID,
                "not an accepted domain");
        assertRefused(
                () -> onPremises.setEmailAddressPolicy("Default Policy", List.of("smtp:%m@contoso.com")),
                Reason.EMAIL_ADDRESS_TEMPLATE_INVALID,
                "exactly one primary");
        assertRefused(
                () -> onPremises.setEmailAddressPolicy("Sales Policy", List.of("SMTP:%m@contoso.com")),
                Reason.EMAIL_ADDRESS_POLICY_NOT_FOUND,
                "Sales Policy");
        assertThat(onPremises.emailAddressPolicies()).containsExactly(blank);

        onPremises.newAcceptedDomain(new AcceptedDomainInfo(null, COEXISTENCE, null));
        CommandRun set = run(
                "set-email-address-policy",
                "--tenant",
                "contoso-onprem",
                "--enabled-email-address-templates",
                String.join(",", wizards));
        assertThat(set.exitCode()).as(set.err()).isZero();
        assertThat(run("get-email-address-policy", "--tenant", "contoso-onprem").out())
                .contains("Default Policy", "smtp:%m@" + COEXISTENCE);
        assertThat(onPremises.emailAddressPolicies().get(0).enabledEmailAddressTemplates())
                .isEqualTo(wizards);
        assertRefused(
                () -> onPremises.removeAcceptedDomain(COEXISTENCE),
                Reason.ACCEPTED_DOMAIN_IN_USE,
                "smtp:%m@" + COEXISTENCE);

        onPremises.setEmailAddressPolicy("Default Policy", List.of("SMTP:%m@contoso.com"));
        onPremises.removeAcceptedDomain(COEXISTENCE);
    }

    @Test
    void theEwsVirtualDirectoriesHaveNoExternalUrlUntilSet() throws Exception {
        TenantAdminClient onPremises = federation.tenantAdmin("contoso-onprem");
        WebServicesVirtualDirectoryInfo blank = onPremises.webServicesVirtualDirectory("EX2013-02");
        assertThat(blank.identity()).isEqualTo("EX2013-02\\EWS (Default Web Site)");
        assertThat(blank.externalUrl()).isNull();
        assertThat(blank.mrsProxyEnabled()).isFalse();

        assertRefused(
                () -> onPremises.webServicesVirtualDirectory("EX2007-01"),
                Reason.WEB_SERVICES_VIRTUAL_DIRECTORY_NOT_FOUND,
                "EX2013-01");
        assertRefused(
                () -> onPremises.setWebServicesVirtualDirectory("EX2013-02", "http://mail.contoso.com/ews", true),
                Reason.WEB_SERVICES_URL_INVALID,
                "ExternalUrl");
        assertThat(onPremises.webServicesVirtualDirectory("EX2013-02")).isEqualTo(blank);

        CommandRun set = run(
                "set-web-services-virtual-directory",
                "--tenant",
                "contoso-onprem",
                "--server",
                "EX2013-02",
                "--external-url",
                "https://mail.contoso.com/EWS/Exchange.asmx",
                "--mrs-proxy-enabled",
                "true");
        assertThat(set.exitCode()).as(set.err()).isZero();
        JsonNode shown = json(run(
                "get-web-services-virtual-directory", "--tenant", "contoso-onprem", "--server", "ex2013-02", "--json"));
        assertThat(shown.get("externalUrl").asText()).isEqualTo("https://mail.contoso.com/EWS/Exchange.asmx");
        assertThat(shown.get("mrsProxyEnabled").asBoolean()).isTrue();

        onPremises.setWebServicesVirtualDirectory("EX2013-02", "", false);
        assertThat(onPremises.webServicesVirtualDirectory("EX2013-02")).isEqualTo(blank);
    }

    @Test
    void everyBuildingBlockCmdletHasHelpWithAnExample() {
        for (String command : List.of(
                "get-federation-trust",
                "new-federation-trust",
                "add-federated-domain",
                "remove-federated-domain",
                "get-accepted-domain",
                "new-accepted-domain",
                "remove-accepted-domain",
                "get-email-address-policy",
                "set-email-address-policy",
                "get-web-services-virtual-directory",
                "set-web-services-virtual-directory",
                "new-send-connector",
                "remove-send-connector",
                "new-inbound-connector",
                "remove-inbound-connector",
                "new-outbound-connector",
                "remove-outbound-connector")) {
            CommandRun help = CommandRun.of(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Example:", "  fedemu " + command + " ");
        }
    }

    private static JsonNode json(CommandRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return Json.lenient().readTree(run.out());
    }

    private static CommandRun run(String... args) {
        return CmdletCommandsTest.in(state, args);
    }
}
