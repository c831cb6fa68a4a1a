package io.fedemu.topology.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scenario's mail sections (docs/PROTOCOL.md section 20): read as written, each mistake named at its field. */
class MailScenarioRulesTest {
    private static final String BASE = """
            scenario: mail
            organizations:
              - name: contoso
                kind: cloud
                applicationUri: outlook.com
                domains: [contoso.com]
                acceptedDomains:
                  - {domainName: contoso.com, domainType: %s}
                transportRules:
                  - {name: Banner, fromScope: %s, prependSubject: "[x] "}
                journalRules:
                  - {name: All, scope: %s, journalEmailAddress: journal@contoso.com}
            dns:
              mx:
                contoso.com: %s
            internet:
              - name: fabrikam
                domains: [fabrikam.net]
                mailboxes:
                  - {address: %s, password: pw}
            """;

    @TempDir
    Path dir;

    @Test
    void theMailSectionsAreReadAsWritten() throws IOException {
        Scenario scenario = load("InternalRelay", "InOrganization", "Internal", "eop", "erin@fabrikam.net");

        assertThat(scenario.dns().mx()).containsEntry("contoso.com", "eop");
        assertThat(scenario.internet()).singleElement().satisfies(o -> {
            assertThat(o.mailHost()).isEqualTo("mail.fabrikam.net");
            assertThat(o.mailboxes()).extracting(Scenario.MailboxSpec::address).containsExactly("erin@fabrikam.net");
        });
        Scenario.OrganizationSpec contoso = scenario.organizations().get(0);
        assertThat(contoso.transportRules())
                .extracting(Scenario.TransportRuleSpec::fromScope)
                .containsExactly("InOrganization");
        assertThat(contoso.journalRules())
                .extracting(Scenario.JournalRuleSpec::scope)
                .containsExactly("Internal");
        assertThat(contoso.acceptedDomains())
                .extracting(Scenario.AcceptedDomainSpec::domainType)
                .containsExactly("InternalRelay");
    }

    @Test
    void eachMistakeIsNamedAtItsField() {
        assertThatThrownBy(() -> load("ExternalRelay", "InOrganization", "Internal", "eop", "erin@fabrikam.net"))
                .hasMessageEndingWith(
                        "organizations[0].acceptedDomains[0].domainType: must be Authoritative or InternalRelay, not 'ExternalRelay'");
        assertThatThrownBy(() -> write(BASE.replace("kind: cloud", "kind: on-premises")
                        .formatted("InternalRelay", "InOrganization", "Internal", "eop", "erin@fabrikam.net")))
                .hasMessageEndingWith("organizations[0].acceptedDomains: only a cloud organization lists accepted "
                        + "domain types (its hybrid partner's domains)");
        assertThatThrownBy(() -> load("InternalRelay", "Inside", "Internal", "eop", "erin@fabrikam.net"))
                .hasMessageEndingWith(
                        "organizations[0].transportRules[0].fromScope: must be InOrganization or NotInOrganization, not 'Inside'");
        assertThatThrownBy(() -> load("InternalRelay", "InOrganization", "Everything", "eop", "erin@fabrikam.net"))
                .hasMessageContaining("journalRules[0].scope: must be Internal, External or Global");
        assertThatThrownBy(() -> load("InternalRelay", "InOrganization", "Internal", "not a host", "erin@fabrikam.net"))
                .hasMessageContaining("must be on-premises, eop or a host name, not 'not a host'");
        assertThatThrownBy(() -> load("InternalRelay", "InOrganization", "Internal", "eop", "erin@contoso.com"))
                .hasMessageContaining(
                        "internet[0].mailboxes[0].address: must be an address in one of the organization's domains");
    }

    private Scenario load(String type, String scope, String journal, String mx, String mailbox) throws IOException {
        return write(BASE.formatted(type, scope, journal, mx, mailbox));
    }

    private Scenario write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "scenario", ".yaml");
        Files.writeString(file, yaml);
        return new ScenarioLoader().load(file);
    }
}
