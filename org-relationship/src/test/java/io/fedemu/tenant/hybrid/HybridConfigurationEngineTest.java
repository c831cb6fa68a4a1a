package io.fedemu.tenant.hybrid;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.hybrid.HybridConfigurationInfo;
import io.fedemu.protocol.hybrid.HybridStageReport;
import io.fedemu.protocol.hybrid.HybridStageReport.Status;
import io.fedemu.protocol.hybrid.HybridUpdateReport;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.ExchangeServerInfo;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.MailTipsAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.transport.MailAdministration;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine's stages against two organizations in memory: desired state vs what is there, and what it changes. */
class HybridConfigurationEngineTest {
    static final String HYBRID_CERTIFICATE = "<I>CN=fedemu CA<S>CN=mail.contoso.com";
    static final String SERVER_CERTIFICATE = "<I>CN=fedemu CA<S>CN=ex2013-01";

    @TempDir
    Path home;

    FakeOrganization onPremises;
    FakeOrganization cloud;
    HybridConfigurationStore store;
    Journal journal;
    HybridConfigurationEngine engine;

    @BeforeEach
    void blank() {
        onPremises = new FakeOrganization("contoso-onprem", "FYDIBOHF25SPDLT.contoso.com", "contoso.com");
        cloud = new FakeOrganization("contoso-cloud", "outlook.com", "contoso.mail.onmicrosoft.com", "contoso.com");
        cloud.trust = java.util.Optional.of(
                new HybridOrganization.FederationTrust("outlook.com", List.of("contoso.mail.onmicrosoft.com")));
        onPremises.proofsPublished.add("contoso.com");
        onPremises.policies.add(new HybridOrganization.AddressPolicy("Default Policy", List.of("SMTP:%m@contoso.com")));
        onPremises.servers.add(server("EX2013-01", "Exchange Server 2013", "Mailbox, ClientAccess", null));
        onPremises.servers.add(
                server("EX2007-01", "Exchange Server 2007", "Mailbox, ClientAccess, HubTransport", null));
        onPremises.directories.put("EX2013-01", new HybridOrganization.EwsVirtualDirectory("EX2013-01", null, false));
        onPremises.certificates.add(
                new HybridOrganization.SmtpCertificate(HYBRID_CERTIFICATE, List.of("mail.contoso.com")));
        onPremises.certificates.add(new HybridOrganization.SmtpCertificate(SERVER_CERTIFICATE, List.of("ex2013-01")));
        Map<String, Object> frontend = new LinkedHashMap<>();
        frontend.put("identity", "EX2013-01\\Default Frontend EX2013-01");
        frontend.put("name", "Default Frontend EX2013-01");
        frontend.put("enabled", true);
        frontend.put("tlsCertificateName", null);
        frontend.put("tlsDomainCapabilities", List.of());
        onPremises.connectors.put(MailAdministration.RECEIVE, new ArrayList<>(List.of(frontend)));
        store = new HybridConfigurationStore(home);
        journal = new Journal(Clock.systemUTC());
        engine = new HybridConfigurationEngine(store, journal, "https://mail.contoso.com/EWS/Exchange.asmx");
    }

    static ExchangeServerInfo server(String name, String product, String roles, String gate) {
        return new ExchangeServerInfo(
                name,
                roles,
                product,
                null,
                "15.0.620.29",
                null,
                null,
                null,
                gate,
                gate == null
                        ? null
                        : name
                                + " runs Exchange Server 2013 RTM (15.0.516.32); a hybrid server needs Exchange Server 2013 "
                                + "CU1 (15.0.620.29) or later.");
    }

    HybridUpdateReport run() {
        return run(null, false);
    }

    HybridUpdateReport run(Integer stage, boolean dryRun) {
        return engine.update(onPremises, cloud, () -> HybridDefaults.of(onPremises, "mail.contoso.com"), stage, dryRun);
    }

    static HybridStageReport stage(HybridUpdateReport report, int number) {
        return report.stages().stream()
                .filter(s -> s.number() == number)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void fromBlankEveryStageRunsInExchangesOrderAndConfiguresBothSides() {
        HybridUpdateReport report = run();

        assertThat(report.completed()).isTrue();
        assertThat(report.stages())
                .extracting(HybridStageReport::name)
                .containsExactly(
                        "Create Hybrid Configuration",
                        "Check Tenant Prerequisites",
                        "Upgrading hybrid configuration from Exchange 2010",
                        "Check Prerequisites",
                        "Configure Recipient Settings",
                        "Configure Organization Relationship",
                        "Configure Legacy Exchange Support",
                        "Configure Mail Flow",
                        "Configure MRS Proxy",
                        "Configure Intra-Organization Connector",
                        "Configure OAuth");
        assertThat(stage(report, 3).status()).isEqualTo(Status.SKIPPED);
        assertThat(stage(report, 3).remedy()).contains("nothing to upgrade");
        assertThat(stage(report, 10).status()).isEqualTo(Status.SKIPPED);
        assertThat(stage(report, 11).remedy()).contains("not part of an Exchange 2013 CU1 hybrid");
        assertThat(store.get().orElseThrow().info().features())
                .containsExactly(
                        "FreeBusy",
                        "MailTips",
                        "MessageTracking",
                        "OWARedirection",
                        "SecureMail",
                        "Centralized",
                        "OnlineArchive",
                        "Photos");
        assertThat(stage(report, 6).changes())
                .anySatisfy(
                        c -> assertThat(c)
                                .startsWith(
                                        "New-OrganizationRelationship -Name \"On Premises to Exchange Online Organization Relationship\""));
        assertThat(stage(report, 6).created())
                .contains("federation trust of contoso-onprem", "federated domain contoso.com");

        OrganizationRelationship toCloud = onPremises.relationships.get(0);
        assertThat(toCloud.name()).isEqualTo("On Premises to Exchange Online Organization Relationship");
        assertThat(toCloud.domainNames()).containsExactly("contoso.mail.onmicrosoft.com");
        assertThat(toCloud.targetApplicationUri()).isEqualTo("outlook.com");
        assertThat(toCloud.targetAutodiscoverEpr())
                .isEqualTo("https://contoso-cloud.example:443/autodiscover/autodiscover.svc/WSSecurity");
        assertThat(toCloud.freeBusyAccessLevel()).isEqualTo(FreeBusyAccessLevel.LIMITED_DETAILS);
        assertThat(toCloud.mailTipsAccessLevel()).isEqualTo(MailTipsAccessLevel.ALL);
        assertThat(toCloud.deliveryReportEnabled()).isTrue();
        assertThat(toCloud.targetOwaUrl()).isEqualTo("https://contoso-cloud.example:443/owa");
        assertThat(toCloud.photosEnabled()).isTrue();
        OrganizationRelationship toOnPremises = cloud.relationships.get(0);
        assertThat(toOnPremises.name()).isEqualTo("Exchange Online to On Premises Organization Relationship");
        assertThat(toOnPremises.domainNames()).containsExactly("contoso.com");
        assertThat(toOnPremises.targetApplicationUri()).isEqualTo("FYDIBOHF25SPDLT.contoso.com");
        assertThat(toOnPremises.targetOwaUrl()).isNull();

        assertThat(onPremises.accepted)
                .extracting(HybridOrganization.AcceptedDomain::domainName)
                .contains("contoso.mail.onmicrosoft.com");
        assertThat(onPremises.policies.get(0).enabledEmailAddressTemplates())
                .containsExactly("SMTP:%m@contoso.com", "smtp:%m@contoso.mail.onmicrosoft.com");
        assertThat(onPremises.spaces).singleElement().satisfies(space -> {
            assertThat(space.forestName()).isEqualTo("contoso.mail.onmicrosoft.com");
            assertThat(space.proxyUrl()).isEqualTo("server:EX2013-01/ews");
        });
        assertThat(onPremises.connectors(MailAdministration.SEND))
                .singleElement()
                .satisfies(send -> {
                    assertThat(send.get("tlsCertificateName")).isEqualTo(HYBRID_CERTIFICATE);
                    assertThat(send.get("requireTLS")).isEqualTo(true);
                });
        assertThat(onPremises.connectors(MailAdministration.RECEIVE).get(0).get("tlsCertificateName"))
                .isEqualTo(HYBRID_CERTIFICATE);
        assertThat(cloud.connectors(MailAdministration.INBOUND))
                .singleElement()
                .satisfies(c -> assertThat(c.get("tlsSenderCertificateName")).isEqualTo("mail.contoso.com"));
        assertThat(cloud.connectors(MailAdministration.OUTBOUND))
                .singleElement()
                .satisfies(
                        c -> assertThat(c.get("routeAllMessagesViaOnPremises")).isEqualTo(true));
        assertThat(onPremises.directories.get("EX2013-01"))
                .isEqualTo(new HybridOrganization.EwsVirtualDirectory(
                        "EX2013-01", "https://mail.contoso.com/EWS/Exchange.asmx", true));

        List<JournalEntry> entries = journal.find(e -> e.step() == JournalEntry.Step.HYBRID_CONFIGURATION_STAGE);
        assertThat(entries).hasSize(11);
        assertThat(entries.get(5).subject()).isEqualTo("Stage 6: Configure Organization Relationship");
    }

    @Test
    void aRunWithEverythingInPlaceChangesNothingAndSaysSo() {
        run();
        onPremises.changes.clear();
        cloud.changes.clear();

        HybridUpdateReport again = run();

        assertThat(again.completed()).isTrue();
        assertThat(again.summary()).startsWith("No changes");
        assertThat(again.stages()).allSatisfy(s -> assertThat(s.status()).isIn(Status.UNCHANGED, Status.SKIPPED));
        assertThat(onPremises.changes).isEmpty();
        assertThat(cloud.changes).isEmpty();
    }

    @Test
    void driftIsPutBackAndListedAndNothingElseIsTouched() {
        run();
        cloud.setOrganizationRelationship(
                "Exchange Online to On Premises Organization Relationship",
                RelationshipChanges.builder()
                        .freeBusyAccessLevel(FreeBusyAccessLevel.AVAILABILITY_ONLY)
                        .build());
        onPremises.setConnector(MailAdministration.SEND, "Outbound to Office 365", Map.of("Enabled", false));
        onPremises.changes.clear();
        cloud.changes.clear();

        HybridUpdateReport repair = run();

        assertThat(stage(repair, 6).changes())
                .containsExactly(
                        "Set-OrganizationRelationship -Identity \"Exchange Online to On Premises Organization Relationship\" "
                                + "-FreeBusyAccessLevel LimitedDetails (contoso-cloud)");
        assertThat(stage(repair, 8).changes())
                .containsExactly(
                        "Set-SendConnector -Identity \"Outbound to Office 365\" -Enabled $true (contoso-onprem)");
        assertThat(repair.summary()).isEqualTo("2 changes made.");
        assertThat(cloud.relationships.get(0).freeBusyAccessLevel()).isEqualTo(FreeBusyAccessLevel.LIMITED_DETAILS);
        assertThat(onPremises.changes).containsExactly("Set send-connectors Outbound to Office 365");
        assertThat(cloud.changes)
                .containsExactly(
                        "Set-OrganizationRelationship Exchange Online to On Premises Organization Relationship");
    }

    @Test
    void aMissingTxtRecordStopsAtTheRelationshipStageWithExchangesMessageAndALaterRunCompletes() {
        onPremises.proofsPublished.clear();

        HybridUpdateReport stopped = run();

        HybridStageReport failed = stopped.stages().get(stopped.stages().size() - 1);
        assertThat(stopped.completed()).isFalse();
        assertThat(failed.number()).isEqualTo(6);
        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.reason()).isEqualTo(Reason.HYBRID_DOMAIN_PROOF_FAILED);
        assertThat(failed.error())
                .startsWith("Subtask Configure execution failed: Configure Organization Relationship\n"
                        + "Proof of domain ownership has failed.");
        assertThat(failed.remedy())
                .contains("fedemu add-dns-record --name contoso.com --type TXT --value 'proof-of-contoso.com'");
        assertThat(failed.created()).containsExactly("federation trust of contoso-onprem");
        assertThat(stopped.summary()).startsWith("Updating hybrid configuration failed with error 'Subtask Configure");
        assertThat(cloud.relationships).isEmpty();
        assertThat(journal.find(e -> e.verdict() == JournalEntry.Verdict.FAIL))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.HYBRID_DOMAIN_PROOF_FAILED));

        onPremises.proofsPublished.add("contoso.com");
        HybridUpdateReport later = run();

        assertThat(later.completed()).isTrue();
        assertThat(stage(later, 6).changes()).noneMatch(c -> c.startsWith("New-FederationTrust"));
        assertThat(stage(later, 6).checked()).anyMatch(c -> c.contains("a trust exists, reused"));
        assertThat(onPremises.relationships).hasSize(1);
    }

    @Test
    void aServerBelowTheVersionGateStopsAtCheckPrerequisitesBeforeAnythingChanges() {
        onPremises.servers.set(
                0, server("EX2013-01", "Exchange Server 2013", "Mailbox, ClientAccess", "HYBRID_SERVER_BELOW_CU1"));

        HybridUpdateReport stopped = run();

        HybridStageReport failed = stage(stopped, 4);
        assertThat(failed.reason()).isEqualTo(Reason.HYBRID_SERVER_VERSION_GATE);
        assertThat(failed.error())
                .startsWith("Subtask CheckPrereqs execution failed: Check Prerequisites\n")
                .contains("a hybrid server needs Exchange Server 2013 CU1 (15.0.620.29) or later");
        assertThat(stopped.stages()).hasSize(4);
        assertThat(onPremises.changes).isEmpty();
        assertThat(cloud.changes).isEmpty();

        onPremises.servers.set(0, server("EX2013-01", "Exchange Server 2013", "Mailbox, ClientAccess", null));
        assertThat(run().completed()).isTrue();
    }

    @Test
    void aCertificateTheReceiveConnectorCannotUseStopsAtMailFlowAndNamesTheOneToUse() {
        run(1, false);
        HybridConfiguration created = store.get().orElseThrow();
        store.save(new HybridConfiguration(
                created.features(),
                created.domains(),
                created.receivingTransportServers(),
                created.sendingTransportServers(),
                SERVER_CERTIFICATE,
                created.onPremisesSmartHost()));

        HybridUpdateReport stopped = run();

        HybridStageReport failed = stage(stopped, 8);
        assertThat(failed.reason()).isEqualTo(Reason.HYBRID_SECURE_MAIL_CERTIFICATE_NOT_BOUND);
        assertThat(failed.error())
                .startsWith("Subtask Configure execution failed: Configure Mail Flow\n"
                        + "The Secure Mail Certificate on server EX2013-01 is not bound to the SMTP Service");
        assertThat(failed.remedy()).contains("--tls-certificate-name '" + HYBRID_CERTIFICATE + "'");
        assertThat(onPremises.connectors(MailAdministration.SEND)).isEmpty();
        assertThat(onPremises.relationships).hasSize(1);

        store.save(created);
        HybridUpdateReport later = run();
        assertThat(later.completed()).isTrue();
        assertThat(stage(later, 6).status()).isEqualTo(Status.UNCHANGED);
        assertThat(stage(later, 8).status()).isEqualTo(Status.CHANGED);
    }

    @Test
    void aHybridDomainTheTenantDoesNotAcceptStopsAtCheckTenantPrerequisitesWithHcw8017() {
        cloud.accepted.removeIf(d -> d.domainName().equals("contoso.com"));

        HybridUpdateReport stopped = run();

        HybridStageReport failed = stage(stopped, 2);
        assertThat(failed.reason()).isEqualTo(Reason.HYBRID_DOMAIN_NOT_ACCEPTED_IN_TENANT);
        assertThat(failed.error())
                .isEqualTo(
                        "Subtask CheckPrereqs execution failed: Check Tenant Prerequisites\n"
                                + "HCW8017 Hybrid domain contoso.com isn't an accepted domain in your Office 365 tenant contoso-cloud.");
        assertThat(cloud.changes).isEmpty();

        cloud.newAcceptedDomain(new HybridOrganization.AcceptedDomain("contoso.com", "contoso.com", "Authoritative"));
        assertThat(run().completed()).isTrue();
    }

    @Test
    void aDryRunPlansEveryChangeAndChangesNothing() {
        HybridUpdateReport plan = run(null, true);

        assertThat(plan.dryRun()).isTrue();
        assertThat(plan.completed()).isTrue();
        assertThat(stage(plan, 1).status()).isEqualTo(Status.PLANNED);
        assertThat(stage(plan, 1).changes()).singleElement().asString().startsWith("New-HybridConfiguration");
        assertThat(stage(plan, 6).changes())
                .contains(
                        "New-FederationTrust -Name \"Microsoft Federation Gateway\" (contoso-onprem; a self-signed federation "
                                + "certificate)");
        assertThat(stage(plan, 8).changes()).anyMatch(c -> c.startsWith("New-SendConnector"));
        assertThat(plan.summary()).startsWith("Dry run:").endsWith("nothing was changed.");
        assertThat(store.get()).isEmpty();
        assertThat(onPremises.changes).isEmpty();
        assertThat(cloud.changes).isEmpty();
    }

    @Test
    void anObjectWithoutDomainsStopsWithHcw8029() {
        store.save(new HybridConfiguration(
                java.util.EnumSet.allOf(HybridFeature.class),
                List.of(),
                List.of("EX2013-01"),
                List.of("EX2013-01"),
                HYBRID_CERTIFICATE,
                "mail.contoso.com"));

        HybridStageReport failed = stage(run(), 1);

        assertThat(failed.reason()).isEqualTo(Reason.HYBRID_NO_DOMAINS);
        assertThat(failed.error())
                .isEqualTo("Subtask ValidateConfiguration execution failed: Create Hybrid Configuration\n"
                        + "HCW8029 No hybrid domains specified.");
    }

    @Test
    void aHybridDomainNoLongerAcceptedOnPremisesStopsWithHcw8016() {
        run(1, false);
        onPremises.accepted.clear();

        HybridStageReport failed = stage(run(), 1);

        assertThat(failed.reason()).isEqualTo(Reason.HYBRID_DOMAIN_NOT_ACCEPTED);
        assertThat(failed.error()).endsWith("HCW8016 Hybrid domain contoso.com isn't an accepted domain on-premises.");
    }

    @Test
    void aCmdletTheCloudRefusesStopsTheStageWithTheRefusal() {
        cloud.refuseRelationships = "a relationship already covers contoso.com";

        HybridStageReport failed = stage(run(), 6);

        assertThat(failed.reason()).isEqualTo(Reason.HYBRID_STEP_REFUSED);
        assertThat(failed.error()).contains("a relationship already covers contoso.com (RELATIONSHIP_DOMAIN_TAKEN)");
    }

    @Test
    void oneStageRunsAloneAndAStageAfterTheFirstNeedsTheObject() {
        HybridUpdateReport alone = run(5, false);

        assertThat(alone.stages()).singleElement().satisfies(s -> {
            assertThat(s.reason()).isEqualTo(Reason.HYBRID_CONFIGURATION_NOT_FOUND);
            assertThat(s.error()).startsWith("Subtask Configure execution failed: Configure Recipient Settings");
        });

        run(1, false);
        HybridUpdateReport recipients = run(5, false);
        assertThat(recipients.stages())
                .singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(Status.CHANGED));
    }

    @Test
    void featuresTurnedOffAreTurnedOffOnTheRelationships() {
        run();
        HybridConfiguration all = store.get().orElseThrow();
        store.save(HybridConfigurationRules.apply(
                all,
                new HybridConfigurationInfo(
                        List.of(
                                "FreeBusy",
                                "MailTips",
                                "MessageTracking",
                                "SecureMail",
                                "Centralized",
                                "OnlineArchive"),
                        null,
                        null,
                        null,
                        null,
                        null),
                new HybridConfigurationRules.Organization(List.of("contoso.com"), onPremises.servers)));

        HybridUpdateReport report = run();

        assertThat(stage(report, 6).changes())
                .contains(
                        "Set-OrganizationRelationship -Identity \"On Premises to Exchange Online Organization Relationship\" "
                                + "-TargetOwaURL $null -PhotosEnabled $false (contoso-onprem)");
        assertThat(onPremises.relationships.get(0).targetOwaUrl()).isNull();
    }
}
