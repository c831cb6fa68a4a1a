package io.fedemu.topology.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    private static final Path SCENARIOS = Path.of("..", "scenarios");
    /** A scenario with allowedPartners; the scenario reference quotes it. */
    private static final Path ALLOWED_PARTNERS =
            Path.of("src", "test", "resources", "io", "fedemu", "topology", "scenario", "allowed-partners.yaml");

    private final ScenarioLoader loader = new ScenarioLoader();

    @TempDir
    Path dir;

    @Test
    void theShippedHybridScenarioLoadsWithBothOrganizationsAndTheirRelationships() {
        Scenario hybrid = loader.load(SCENARIOS.resolve("hybrid.yaml"));

        assertThat(hybrid.scenario()).isEqualTo("hybrid");
        assertThat(hybrid.organizations())
                .extracting(Scenario.OrganizationSpec::name)
                .containsExactly("contoso-onprem", "contoso-cloud");
        Scenario.OrganizationSpec onPremises =
                hybrid.organization("contoso-onprem").orElseThrow();
        assertThat(onPremises.remoteMailboxes())
                .extracting(Scenario.RemoteMailboxSpec::targetAddress)
                .containsExactly("bob@contoso.mail.onmicrosoft.com", "dana@contoso.mail.onmicrosoft.com");
        assertThat(onPremises.relationships().get(0).freeBusyAccessLevel()).isEqualTo("LimitedDetails");
        assertThat(hybrid.organization("contoso-cloud")
                        .orElseThrow()
                        .relationships()
                        .get(0)
                        .targetApplicationUri())
                .isEqualTo("FYDIBOHF25SPDLT.contoso.com");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {
                "hybrid.yaml",
                "partner.yaml",
                "teaching-wrong-target-address.yaml",
                "teaching-stale-metadata.yaml",
                "teaching-firewall.yaml",
                "teaching-mailtips-limited.yaml"
            })
    void everyShippedScenarioLoadsAndItsCalendarsImport(String name) {
        Scenario scenario = loader.load(SCENARIOS.resolve(name));

        for (Scenario.OrganizationSpec organization : scenario.organizations()) {
            assertThat(TenantDefinitions.from(scenario, organization)
                            .directory()
                            .acceptedDomains())
                    .containsExactlyInAnyOrderElementsOf(organization.domains());
        }
    }

    @Test
    void anUnknownFieldIsNamedWithItsLine() throws IOException {
        Path file = write("""
                scenario: broken
                organizations:
                  - name: contoso
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxs: []
                """);

        assertThatThrownBy(() -> loader.load(file))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(file + ":6: organizations[0].mailboxs: ")
                .hasMessageContaining("Unrecognized field \"mailboxs\"");
    }

    @Test
    void aWrongValueIsNamedWithItsLineAndTheAllowedValues() throws IOException {
        Path file = write("""
                scenario: broken
                organizations:
                  - name: contoso
                    kind: on-premises
                    domains: [contoso.com]
                    relationships:
                      - name: to fabrikam
                        domainNames: [fabrikam.com]
                        freeBusyAccessLevel: Everything
                """);

        ScenarioException error =
                org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> loader.load(file));
        assertThat(error.line()).isEqualTo(9);
        assertThat(error.field()).isEqualTo("organizations[0].relationships[0].freeBusyAccessLevel");
        assertThat(error.getMessage()).endsWith("must be one of " + ScenarioRules.FREE_BUSY_LEVELS);
    }

    @Test
    void serversDatabasesAndHomesBecomeTheOrganizationsServers() throws IOException {
        Path file = write("""
                scenario: servers
                organizations:
                  - name: contoso
                    kind: on-premises
                    domains: [contoso.com]
                    servers:
                      - {name: EX2013-01, roles: [ClientAccess, Mailbox], build: 15.0.620.29}
                      - {name: EX2013-02, roles: [ClientAccess, Mailbox], build: 15.0.620.29}
                      - {name: EX2007-01, roles: [ClientAccess, Mailbox, HubTransport], build: 8.3.298.3}
                    databases:
                      - {name: DB01, copies: [EX2013-01, EX2013-02]}
                      - {name: DB2007, copies: [EX2007-01]}
                    mailboxes:
                      - {address: alice@contoso.com, password: x}
                      - {address: dave@contoso.com, password: x, database: DB2007}
                """);

        var servers =
                TenantDefinitions.servers(loader.load(file).organizations().get(0));

        assertThat(servers.servers())
                .extracting(s -> s.name() + " " + s.build().adminDisplayVersion())
                .containsExactly(
                        "EX2013-01 Version 15.0 (Build 620.29)",
                        "EX2013-02 Version 15.0 (Build 620.29)",
                        "EX2007-01 Version 8.3 (Build 83.6)");
        assertThat(servers.mailboxServer("alice@contoso.com").name()).isEqualTo("EX2013-01");
        assertThat(servers.mailboxServer("dave@contoso.com").name()).isEqualTo("EX2007-01");
        assertThat(servers.implicit()).isFalse();
    }

    @Test
    void aServerMistakeIsNamedAtItsField() throws IOException {
        String base = """
                scenario: servers
                organizations:
                  - name: contoso
                    kind: on-premises
                    domains: [contoso.com]
                    servers:
                      - {name: EX1, roles: [ClientAccess, Mailbox], build: %s}
                    databases:
                      - {name: DB01, copies: [%s]}
                    mailboxes:
                      - {address: alice@contoso.com, password: x, database: %s}
                """;

        assertThat(error(base.formatted("CU1", "EX1", "DB01")).getMessage())
                .endsWith("organizations[0].servers[0].build: 'CU1' is not an Exchange build such as 15.0.620.29");
        assertThat(error(base.formatted("15.0.620.29", "EX9", "DB01")).getMessage())
                .endsWith("organizations[0].databases[0].copies[0]: 'EX9' is not a server of contoso");
        assertThat(error(base.formatted("15.0.620.29", "EX1", "DB09")).getMessage())
                .endsWith("organizations[0].mailboxes[0].database: 'DB09' is not a database of contoso");
        assertThat(error(base.replace("[ClientAccess, Mailbox]", "[HubTransport]")
                                .formatted("15.0.620.29", "EX1", "DB01"))
                        .getMessage())
                .endsWith("organizations[0].servers[0].roles[0]: Exchange Server 2013 has no HubTransport role");
    }

    @Test
    void availabilityAddressSpacesReachTheTenantDefinitionAsWritten() throws IOException {
        Path file = write(ADDRESS_SPACE.formatted(
                "on-premises",
                "{forestName: Contoso.Mail.OnMicrosoft.com, accessMethod: InternalProxy, useServiceAccount: true,"
                        + " proxyUrl: server:EX2013-01/ews}"));

        Scenario scenario = loader.load(file);

        assertThat(TenantDefinitions.from(scenario, scenario.organizations().get(0))
                        .initialAddressSpaces())
                .containsExactly(new io.fedemu.protocol.tenant.AvailabilityAddressSpace(
                        "contoso.mail.onmicrosoft.com", "InternalProxy", true, "server:EX2013-01/ews"));
    }

    @Test
    void anAddressSpaceMistakeIsNamedAtItsField() throws IOException {
        String at = "organizations[0].availabilityAddressSpaces[0].";
        String cloud = "{forestName: contoso.mail.onmicrosoft.com, accessMethod: InternalProxy, proxyUrl: %s}";

        assertThat(error(ADDRESS_SPACE.formatted("on-premises", cloud.formatted("server:EX2007-01/ews")))
                        .getMessage())
                .endsWith(at + "proxyUrl: EX2007-01 is no Exchange 2013 Client Access server: only a 2013 server"
                        + " makes the federated call a 2007 server cannot");
        assertThat(error(ADDRESS_SPACE.formatted("on-premises", cloud.formatted("server:EX9/ews")))
                        .getMessage())
                .contains(at + "proxyUrl: names server EX9, which is not a server of this organization");
        assertThat(error(ADDRESS_SPACE.formatted("on-premises", cloud.formatted("tenant:fabrikam/ews")))
                        .getMessage())
                .contains(at + "proxyUrl: tenant:NAME/ews must name contoso itself");
        assertThat(error(ADDRESS_SPACE.formatted(
                                "on-premises",
                                cloud.formatted("server:EX2013-01/ews").replace("InternalProxy", "OrgWideFB")))
                        .getMessage())
                .contains(at + "accessMethod: OrgWideFB asks another forest's availability service");
        assertThat(error(
                                ADDRESS_SPACE.formatted(
                                        "on-premises",
                                        "{forestName: contoso.com, accessMethod: InternalProxy, proxyUrl: server:EX2013-01/ews}"))
                        .getMessage())
                .contains(at + "forestName: contoso.com is an accepted domain of this organization");
        assertThat(error(ADDRESS_SPACE.formatted(
                                "on-premises",
                                cloud.formatted("server:EX2013-01/ews").replace("}", ", useServiceAccount: false}")))
                        .getMessage())
                .contains(at + "useServiceAccount: must be true");
        assertThat(error(ADDRESS_SPACE.formatted(
                                "on-premises",
                                cloud.formatted("server:EX2013-01/ews")
                                        .replace(", proxyUrl: server:EX2013-01/ews", "")))
                        .getMessage())
                .contains(at + "proxyUrl: is required for InternalProxy");
        assertThat(error("""
                        scenario: cloud
                        organizations:
                          - name: contoso-cloud
                            kind: cloud
                            domains: [contoso.mail.onmicrosoft.com]
                            applicationUri: outlook.com
                            availabilityAddressSpaces:
                              - {forestName: contoso.com, accessMethod: InternalProxy, proxyUrl: server:EX01/ews}
                        """).getMessage())
                .contains("organizations[0].availabilityAddressSpaces[0]: InternalProxy sends requests to a Client"
                        + " Access server of the organization: only an on-premises organization lists availability"
                        + " address spaces");
    }

    /** An on-premises organization with a 2013 and a 2007 server, and one address space written as the %s says. */
    private static final String ADDRESS_SPACE = """
            scenario: coexistence
            organizations:
              - name: contoso
                kind: %s
                domains: [contoso.com]
                servers:
                  - {name: EX2013-01, roles: [ClientAccess, Mailbox], build: 15.0.620.29}
                  - {name: EX2007-01, roles: [ClientAccess, Mailbox], build: 8.3.298.3}
                databases:
                  - {name: DB01, copies: [EX2013-01]}
                availabilityAddressSpaces:
                  - %s
            """;

    private ScenarioException error(String yaml) throws IOException {
        Path file = write(yaml);
        return org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> loader.load(file));
    }

    @Test
    void adminAccessIsTokenOrOpenAndNothingElse() throws IOException {
        Path open = write("""
                scenario: lab
                adminAccess: open
                organizations:
                  - {name: a, kind: on-premises, domains: [contoso.com]}
                """);
        Path typo = write("""
                scenario: lab
                adminAccess: none
                organizations:
                  - {name: a, kind: on-premises, domains: [contoso.com]}
                """);

        assertThat(loader.load(open).adminOpen()).isTrue();
        ScenarioException error =
                org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> loader.load(typo));
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.field()).isEqualTo("adminAccess");
        assertThat(error.getMessage()).endsWith("must be token or open, not 'none'");
    }

    @Test
    void aDomainInTwoOrganizationsAndAnEndpointNamingAMissingTenantAreRefused() throws IOException {
        Path twice = write("""
                scenario: broken
                organizations:
                  - {name: a, kind: on-premises, domains: [contoso.com]}
                  - {name: b, kind: on-premises, domains: [contoso.com]}
                """);
        Path missing = write("""
                scenario: broken
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    relationships:
                      - name: to nowhere
                        domainNames: [nowhere.com]
                        targetAutodiscoverEpr: tenant:nowhere/autodiscover
                """);

        assertThatThrownBy(() -> loader.load(twice))
                .hasMessage(twice + ":4: organizations[1].domains[0]: domain " + "contoso.com is already used by a");
        assertThatThrownBy(() -> loader.load(missing))
                .hasMessage(missing + ":9: organizations[0].relationships[0]"
                        + ".targetAutodiscoverEpr: names tenant nowhere, which this scenario does not define");
    }

    @Test
    void tenantOwaIsTargetOwaUrlsNotationAndOnlyItsAndResolvesToTheOrganizationsOutlookWebApp() throws IOException {
        Path owaAsAutodiscover = write(relationshipTo("targetAutodiscoverEpr: tenant:b/owa"));
        Path ewsAsOwa = write(relationshipTo("targetOwaUrl: tenant:b/ews"));

        assertThatThrownBy(() -> loader.load(owaAsAutodiscover))
                .hasMessageEndingWith("organizations[0].relationships[0].targetAutodiscoverEpr: tenant:NAME/owa is"
                        + " Outlook Web App's address; only targetOwaUrl takes it");
        assertThatThrownBy(() -> loader.load(ewsAsOwa))
                .hasMessageEndingWith(
                        "organizations[0].relationships[0].targetOwaUrl: must be tenant:NAME/owa or an http(s) URL");
        assertThat(io.fedemu.topology.Topology.resolve("tenant:b/owa", java.util.Map.of("b", 9442)))
                .isEqualTo("https://localhost:9442/owa");
    }

    private static String relationshipTo(String endpoint) {
        return """
                scenario: broken
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    relationships:
                      - name: to b
                        domainNames: [fabrikam.com]
                        %s
                  - {name: b, kind: on-premises, domains: [fabrikam.com]}
                """.formatted(endpoint);
    }

    @Test
    void aMailboxOutsideTheAcceptedDomainsAndAMissingCalendarAreRefused() throws IOException {
        Path outside = write("""
                scenario: broken
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxes:
                      - {address: eve@fabrikam.com, password: x}
                """);
        Path noCalendar = write("""
                scenario: broken
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxes:
                      - address: eve@contoso.com
                        password: x
                        calendar: eve.ics
                """);

        assertThatThrownBy(() -> loader.load(outside))
                .hasMessageContaining(":7: organizations[0].mailboxes[0].address: "
                        + "eve@fabrikam.com is not in an accepted domain of a [contoso.com]");
        assertThatThrownBy(() -> loader.load(noCalendar))
                .hasMessageContaining(
                        ":9: organizations[0].mailboxes[0]" + ".calendar: no such file " + dir.resolve("eve.ics"));
    }

    /** Issue 14: a distribution group's address and members, each mistake at its field. */
    @Test
    void aDistributionGroupBecomesARecipientAndItsMistakesAreNamedAtTheirField() throws IOException {
        String group = """
                scenario: groups
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxes:
                      - {address: alice@contoso.com, password: x}
                    groups:
                      - {name: Leads, address: leads@contoso.com, members: [alice@contoso.com]}
                      - {name: Team, address: %s, members: [leads@contoso.com, %s]}
                """;
        Scenario fine = loader.load(write(group.formatted("team@contoso.com", "alice@contoso.com")));

        io.fedemu.tenant.directory.Directory directory =
                TenantDefinitions.from(fine, fine.organizations().get(0)).directory();
        assertThat(directory.lookup("team@contoso.com"))
                .isInstanceOfSatisfying(io.fedemu.tenant.directory.DistributionGroup.class, team -> {
                    assertThat(team.displayName()).isEqualTo("Team");
                    assertThat(team.members()).containsExactly("leads@contoso.com", "alice@contoso.com");
                });
        assertThat(directory.group("Team"))
                .as("still a security group by its name")
                .isPresent();
        assertThatThrownBy(() -> loader.load(write(group.formatted("team@fabrikam.com", "alice@contoso.com"))))
                .hasMessageContaining(":10: organizations[0].groups[1].address: "
                        + "team@fabrikam.com is not in an accepted domain of a [contoso.com]");
        assertThatThrownBy(() -> loader.load(write(group.formatted("alice@contoso.com", "alice@contoso.com"))))
                .hasMessageContaining("organizations[0].groups[1].address: alice@contoso.com is used twice");
        assertThatThrownBy(() -> loader.load(write(group.formatted("team@contoso.com", "nobody@contoso.com"))))
                .hasMessageContaining("organizations[0].groups[1].members[1]: nobody@contoso.com is not a "
                        + "mailbox, remote mailbox or distribution group of a");
    }

    /** Issue 14: automatic replies and MailTips settings are read in the mailbox's zone, and checked at their line. */
    @Test
    void automaticRepliesAreReadInTheMailboxsZoneAndAScheduleWithoutAnEndIsRefused() throws IOException {
        Path good = write("""
                scenario: oof
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxes:
                      - address: eve@contoso.com
                        password: x
                        timeZone: W. Europe Standard Time
                        mailTip: Ask Eve about invoices.
                        mailboxFull: true
                        automaticReplies:
                          state: Scheduled
                          start: 2026-12-24T00:00
                          end: 2026-12-27T00:00
                          internalMessage: Christmas
                """);
        Path noEnd = write("""
                scenario: oof
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxes:
                      - address: eve@contoso.com
                        password: x
                        automaticReplies:
                          state: Scheduled
                          start: 2026-12-24T00:00
                """);

        Scenario loaded = loader.load(good);
        var tips = TenantDefinitions.from(loaded, loaded.organizations().get(0)).mailTipsOf("EVE@contoso.com");
        assertThat(tips.customMailTip()).isEqualTo("Ask Eve about invoices.");
        assertThat(tips.mailboxFull()).isTrue();
        assertThat(tips.automaticReplies().start()).isEqualTo(java.time.Instant.parse("2026-12-23T23:00:00Z"));
        assertThat(tips.automaticReplies().externalAudience())
                .isEqualTo(io.fedemu.protocol.ews.types.ExternalAudience.ALL);
        assertThatThrownBy(() -> loader.load(noEnd))
                .hasMessageContaining(
                        "organizations[0].mailboxes[0].automaticReplies.end: is required when the state is Scheduled");
    }

    /** Issue 12: a scenario's .ics passes the admin API's recurrence rules; the error names line, field and rule. */
    @Test
    void aRecurrenceStormInAScenarioCalendarIsRefusedWithItsLineAndRule() throws IOException {
        Files.writeString(dir.resolve("storm.ics"), """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:storm
                DTSTAMP:20261101T000000Z
                DTSTART:20261101T000000Z
                DTEND:20261101T000001Z
                RRULE:FREQ=SECONDLY
                END:VEVENT
                END:VCALENDAR
                """);
        Path file = write("""
                scenario: storm
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxes:
                      - address: eve@contoso.com
                        password: x
                        calendar: storm.ics
                """);
        Scenario scenario = loader.load(file);

        assertThatThrownBy(() -> TenantDefinitions.from(
                        scenario, scenario.organizations().get(0)))
                .isInstanceOf(ScenarioException.class)
                .hasMessageEndingWith(":9: organizations[0].mailboxes[0].calendar: cannot import storm.ics: "
                        + "VEVENT storm: RRULE 'FREQ=SECONDLY' has FREQ=SECONDLY, not a pattern Exchange supports "
                        + "(DAILY, WEEKLY, MONTHLY or YEARLY)");
    }

    @Test
    void inlineEventsJoinTheCalendarFileAndAreReadInTheMailboxZone() throws IOException {
        Files.writeString(dir.resolve("eve.ics"), """
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:from-file
                DTSTAMP:20261101T000000Z
                DTSTART:20261130T080000Z
                DTEND:20261130T083000Z
                SUMMARY:From the file
                END:VEVENT
                END:VCALENDAR
                """);
        Path file = write("""
                scenario: events
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxes:
                      - address: eve@contoso.com
                        password: x
                        timeZone: W. Europe Standard Time
                        calendar: eve.ics
                        events:
                          - {subject: Standup, start: 2026-12-01T09:00, end: 2026-12-01T09:15, recurrence: "FREQ=WEEKLY;BYDAY=TU;COUNT=10"}
                          - {subject: Doctor, location: Clinic, start: 2026-12-02T14:00, end: 2026-12-02T15:00, busyStatus: OOF, private: true}
                          - {subject: Holiday, date: 2026-12-24, busyStatus: Free}
                """);

        Scenario scenario = loader.load(file);
        var events = TenantDefinitions.from(scenario, scenario.organizations().get(0))
                .initialCalendars()
                .get("eve@contoso.com");

        assertThat(events)
                .extracting(CalendarEvent::subject)
                .containsExactly("From the file", "Standup", "Doctor", "Holiday");
        CalendarEvent standup = events.get(1);
        assertThat(standup.start()).isEqualTo(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneId.of("Europe/Berlin")));
        assertThat(standup.busyType()).as("Busy when not written").isEqualTo(BusyType.BUSY);
        assertThat(standup.recurrence().rrule()).isEqualTo("FREQ=WEEKLY;BYDAY=TU;COUNT=10");
        CalendarEvent doctor = events.get(2);
        assertThat(doctor.busyType()).isEqualTo(BusyType.OOF);
        assertThat(doctor.isPrivate()).isTrue();
        assertThat(doctor.location()).isEqualTo("Clinic");
        CalendarEvent holiday = events.get(3);
        assertThat(holiday.allDay()).isTrue();
        assertThat(holiday.start()).isEqualTo(ZonedDateTime.of(2026, 12, 24, 0, 0, 0, 0, ZoneId.of("Europe/Berlin")));
        assertThat(holiday.end()).isEqualTo(holiday.start().plusDays(1));
        assertThat(holiday.busyType()).isEqualTo(BusyType.FREE);
    }

    @Test
    void anEventEndingBeforeItStartsIsNamedWithItsLineAndField() throws IOException {
        assertThat(eventRefusal("{subject: Late, start: 2026-12-01T10:00, end: 2026-12-01T09:00}"))
                .startsWith(":13: organizations[0].mailboxes[0].events[1].end: the item ends (2026-12-01T09:00")
                .contains("at or before its start (2026-12-01T10:00");
    }

    @Test
    void anUnknownBusyStatusIsRefusedWithTheAllowedValues() throws IOException {
        assertThat(eventRefusal("{subject: Away, start: 2026-12-01T10:00, end: 2026-12-01T11:00, busyStatus: Away}"))
                .isEqualTo(":13: organizations[0].mailboxes[0].events[1].busyStatus: 'Away' is not one of Free, "
                        + "Tentative, Busy, OOF, WorkingElsewhere");
    }

    @Test
    void aRecurrenceThatIsNotAnExchangeRruleIsRefused() throws IOException {
        assertThat(eventRefusal("{subject: Sync, start: 2026-12-01T10:00, end: 2026-12-01T11:00, "
                        + "recurrence: \"FREQ=FORTNIGHTLY;COUNT=3\"}"))
                .startsWith(":13: organizations[0].mailboxes[0].events[1].recurrence: 'FREQ=FORTNIGHTLY;COUNT=3' is "
                        + "not an RFC 5545 RRULE");
        assertThat(eventRefusal("{subject: Sync, start: 2026-12-01T10:00, end: 2026-12-01T11:00, "
                        + "recurrence: \"FREQ=HOURLY;COUNT=3\"}"))
                .isEqualTo(":13: organizations[0].mailboxes[0].events[1].recurrence: 'FREQ=HOURLY;COUNT=3' has "
                        + "FREQ=HOURLY, not a pattern Exchange supports (DAILY, WEEKLY, MONTHLY or YEARLY)");
    }

    @Test
    void aBadDateOrTimeIsNamedWithItsField() throws IOException {
        assertThat(eventRefusal("{subject: Holiday, date: 2026-02-30}"))
                .isEqualTo(":13: organizations[0].mailboxes[0].events[1].date: '2026-02-30' is not a date such as "
                        + "2026-12-01");
        assertThat(eventRefusal("{subject: Late, start: 2026-12-01T25:00, end: 2026-12-01T26:00}"))
                .startsWith(":13: organizations[0].mailboxes[0].events[1].start: '2026-12-01T25:00' is not an "
                        + "ISO-8601 date-time");
        assertThat(eventRefusal("{subject: Both, date: 2026-12-01, start: 2026-12-01T09:00}"))
                .isEqualTo(":13: organizations[0].mailboxes[0].events[1].start: give either date (an all-day item) "
                        + "or start and end, not both");
        assertThat(eventRefusal("{start: 2026-12-01T09:00, end: 2026-12-01T10:00}"))
                .isEqualTo(":13: organizations[0].mailboxes[0].events[1].subject: is required");
    }

    /** The refusal of a scenario whose mailbox has a good event, then {@code event} on line 13, without the file. */
    private String eventRefusal(String event) throws IOException {
        Path file = write("""
                scenario: events
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    mailboxes:
                      - address: eve@contoso.com
                        password: x
                        timeZone: UTC
                        events:
                          - {subject: Fine, start: 2026-12-01T09:00, end: 2026-12-01T10:00}

                          - %s
                """.formatted(event));
        ScenarioException error =
                org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> loader.load(file));
        return error.getMessage().substring(file.toString().length());
    }

    @Test
    void aRelationshipFromFederationInformationIsLeftForStartAndNamesItsPartner() throws IOException {
        Path file = write(derivedRelationship("""
                        fromFederationInformation: {domainName: fabrikam.com, autodiscover: tenant:b/autodiscover}
                        freeBusyAccessEnabled: true
                        freeBusyAccessLevel: AvailabilityOnly
                """));

        Scenario scenario = loader.load(file);
        Scenario.RelationshipSpec relationship =
                scenario.organizations().get(0).relationships().get(0);

        assertThat(relationship.derived()).isTrue();
        assertThat(relationship.fromFederationInformation())
                .isEqualTo(new Scenario.FederationInformationSpec("fabrikam.com", "tenant:b/autodiscover"));
        assertThat(TenantDefinitions.from(scenario, scenario.organizations().get(0))
                        .initialRelationships())
                .as("created once the partner answers, not from the definition")
                .isEmpty();
    }

    @Test
    void aRelationshipFromFederationInformationNeedsADomainNameAndNoDomainNames() throws IOException {
        Path noDomain = write(derivedRelationship("""
                        fromFederationInformation: {autodiscover: tenant:b/autodiscover}
                """));
        Path both = write(derivedRelationship("""
                        fromFederationInformation: {domainName: fabrikam.com}
                        domainNames: [fabrikam.com]
                """));
        Path nobodyHoldsIt = write(derivedRelationship("""
                        fromFederationInformation: {domainName: tailspin.com}
                """));

        assertThatThrownBy(() -> loader.load(noDomain))
                .hasMessage(noDomain + ":8: organizations[0].relationships[0]"
                        + ".fromFederationInformation.domainName: is required: the partner domain to ask, as "
                        + "Get-FederationInformation -DomainName does");
        assertThatThrownBy(() -> loader.load(both))
                .hasMessage(
                        both + ":9: organizations[0].relationships[0]"
                                + ".domainNames: cannot be written with fromFederationInformation: the partner's answer fills it");
        assertThatThrownBy(() -> loader.load(nobodyHoldsIt))
                .hasMessage(nobodyHoldsIt + ":8: organizations[0]"
                        + ".relationships[0].fromFederationInformation: no organization of this scenario holds tailspin.com: "
                        + "write autodiscover (tenant:NAME/autodiscover or an http(s) URL)");
    }

    /** Organization a with one relationship, whose fields start on line 8, and its partner b (fabrikam.com). */
    private static String derivedRelationship(String fields) {
        return """
                scenario: derived
                organizations:
                  - name: a
                    kind: on-premises
                    domains: [contoso.com]
                    relationships:
                      - name: To fabrikam
                """ + fields + """
                  - {name: b, kind: on-premises, domains: [fabrikam.com]}
                """;
    }

    @Test
    void allowedPartnersAreReadAsWrittenAndReachTheTenantDefinition() {
        Scenario scenario = loader.load(ALLOWED_PARTNERS);

        Scenario.OrganizationSpec onPremises =
                scenario.organization("contoso-onprem").orElseThrow();
        assertThat(onPremises.allowedPartners())
                .containsExactly("https://mail.fabrikam.example:8443", "http://127.0.0.1:8080/EWS/Exchange.asmx");
        assertThat(TenantDefinitions.from(scenario, onPremises).allowedPartners())
                .containsExactly(
                        java.net.URI.create("https://mail.fabrikam.example:8443"),
                        java.net.URI.create("http://127.0.0.1:8080/EWS/Exchange.asmx"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "mail.fabrikam.example | must be an absolute http or https URL with a host",
                "ftp://mail.fabrikam.example | must be an absolute http or https URL with a host",
                "tenant:fabrikam/ews | must be an absolute http or https URL with a host",
                "'https://mail fabrikam.example' | must be an absolute http or https URL with a host",
                "https:// | must be an absolute http or https URL with a host",
                "https://mail.fabrikam.example:port | names no host (or a port that is not a number)",
                "https://trainer:secret@mail.fabrikam.example | carries user information",
                "'' | must be an absolute http or https URL with a host",
            })
    void aBadAllowedPartnerIsNamedWithItsLineAndIndex(String url, String problem) throws IOException {
        Path file = write("""
                scenario: broken
                organizations:
                  - name: contoso
                    kind: on-premises
                    domains: [contoso.com]
                    allowedPartners:
                      - https://mail.fabrikam.example
                      - "%s"
                """.formatted(url));

        ScenarioException error =
                org.junit.jupiter.api.Assertions.assertThrows(ScenarioException.class, () -> loader.load(file));
        assertThat(error.line()).isEqualTo(8);
        assertThat(error.field()).isEqualTo("organizations[0].allowedPartners[1]");
        assertThat(error.getMessage())
                .startsWith(file + ":8: organizations[0].allowedPartners[1]: ")
                .contains(problem)
                .doesNotContain("secret");
    }

    @Test
    void oneHostAndPortIsAllowedOnceAndAnEntryMustBeText() throws IOException {
        Path twice = write("""
                scenario: broken
                organizations:
                  - name: contoso
                    kind: on-premises
                    domains: [contoso.com]
                    allowedPartners: [https://mail.fabrikam.example, https://MAIL.fabrikam.example:443/EWS]
                """);
        Path nested = write("""
                scenario: broken
                organizations:
                  - name: contoso
                    kind: on-premises
                    domains: [contoso.com]
                    allowedPartners:
                      - {url: https://mail.fabrikam.example}
                """);

        assertThatThrownBy(() -> loader.load(twice))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(twice + ":6: organizations[0].allowedPartners[1]: ")
                .hasMessageEndingWith("names the same host and port as allowedPartners[0]; one entry per partner");
        assertThatThrownBy(() -> loader.load(nested))
                .isInstanceOf(ScenarioException.class)
                .hasMessageStartingWith(nested + ":7: organizations[0].allowedPartners[0]");
    }

    @Test
    void aTestAddsAnAllowedPartnerAsIfItWereWritten() {
        Scenario hybrid = loader.load(SCENARIOS.resolve("hybrid.yaml"));

        Scenario changed = hybrid.withAllowedPartner("CONTOSO-ONPREM", "http://127.0.0.1:9999");

        assertThat(changed.organization("contoso-onprem").orElseThrow().allowedPartners())
                .containsExactly("http://127.0.0.1:9999");
        assertThat(hybrid.organization("contoso-onprem").orElseThrow().allowedPartners())
                .as("scenarios are values")
                .isEmpty();
        assertThat(changed.organization("contoso-cloud").orElseThrow().allowedPartners())
                .isEmpty();
        assertThatThrownBy(() -> hybrid.withAllowedPartner("fabrikam", "http://127.0.0.1:9999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no organization named 'fabrikam'")
                .hasMessageContaining("contoso-onprem");
        assertThatThrownBy(() -> hybrid.withAllowedPartner("contoso-onprem", "127.0.0.1:9999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowed partner of contoso-onprem: must be an absolute http or https URL");
    }

    @Test
    void theScenarioSnippetsOfTheReadmeAndTheDocsComeFromScenariosThatLoadAndRun() throws IOException {
        // The README and every page under docs/ (the scenario reference and the fault injection page hold them).
        StringBuilder pages = new StringBuilder(Files.readString(Path.of("../README.md")));
        try (var docs = Files.walk(Path.of("../docs"))) {
            for (Path page : docs.filter(file -> file.toString().endsWith(".md"))
                    .sorted()
                    .toList()) {
                pages.append(Files.readString(page));
            }
        }
        // The shipped partner and firewall scenarios, the test scenarios PartnerFromFederationInformationAcceptanceTest
        // and ServerCmdletsTest run, and the allowed partners one above.
        // and Exchange2007CoexistenceAcceptanceTest run, and the allowed partners one above.
        String sources = Files.readString(SCENARIOS.resolve("partner.yaml"))
                + Files.readString(Path.of("../emulator/src/test/resources/scenarios/derived.yaml"))
                + Files.readString(Path.of("../emulator/src/test/resources/scenarios/servers.yaml"))
                + Files.readString(SCENARIOS.resolve("teaching-firewall.yaml"))
                + Files.readString(SCENARIOS.resolve("teaching-mailtips-limited.yaml"))
                + Files.readString(SCENARIOS.resolve("teaching-mail-certificate-name.yaml"))
                + Files.readString(SCENARIOS.resolve("hybrid-blank.yaml"))
                + Files.readString(Path.of("../emulator/src/test/resources/scenarios/coexistence.yaml"))
                + Files.readString(Path.of("../emulator/src/test/resources/scenarios/mail-rules.yaml"))
                + Files.readString(ALLOWED_PARTNERS);
        var snippets = java.util.regex.Pattern.compile("```yaml\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(pages)
                .results()
                .map(match -> match.group(1))
                .toList();

        assertThat(snippets).hasSizeGreaterThanOrEqualTo(3);
        snippets.forEach(snippet -> snippet.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .forEach(line -> assertThat(sources).as("docs line").contains(line)));
    }

    @Test
    void aMissingFileAndBrokenYamlAreNamed() throws IOException {
        Path nothing = dir.resolve("nothing.yaml");
        Path broken = write("scenario: \"unterminated\norganizations: []\n");

        assertThatThrownBy(() -> loader.load(nothing)).hasMessage(nothing + ": no such scenario file");
        assertThatThrownBy(() -> loader.load(broken))
                .isInstanceOf(ScenarioException.class)
                .hasMessageContaining("not valid YAML");
    }

    private Path write(String yaml) throws IOException {
        Path file = Files.createTempFile(dir, "scenario", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
