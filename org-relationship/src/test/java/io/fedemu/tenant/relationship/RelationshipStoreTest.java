package io.fedemu.tenant.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.MailTipsAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelationshipStoreTest {
    static final OrganizationRelationship FABRIKAM = OrganizationRelationship.named("Fabrikam", "fabrikam.com")
            .with(RelationshipChanges.builder()
                    .freeBusyAccessEnabled(true)
                    .freeBusyAccessLevel(FreeBusyAccessLevel.LIMITED_DETAILS)
                    .targetApplicationUri("FYDIBOHF25SPDLT.fabrikam.com")
                    .targetAutodiscoverEpr("https://autodiscover.fabrikam.com/autodiscover/autodiscover.svc/WSSecurity")
                    .build());

    @TempDir
    Path home;

    RelationshipStore store() {
        return new RelationshipStore(home, List.of(FABRIKAM));
    }

    @Test
    void aNewRelationshipTakesExchangesDefaults() {
        OrganizationRelationship created =
                store().create(OrganizationRelationship.named("Tailspin", "tailspintoys.com"));

        assertThat(created.enabled()).isTrue();
        assertThat(created.freeBusyAccessEnabled()).isFalse();
        assertThat(created.freeBusyAccessLevel()).isEqualTo(FreeBusyAccessLevel.NONE);
        assertThat(created.mailTipsAccessLevel()).isEqualTo(MailTipsAccessLevel.NONE);
        assertThat(created.freeBusyAccessScope()).isNull();
        assertThat(created.targetApplicationUri()).isNull();
        assertThat(created.mailboxMoveEnabled()
                        || created.deliveryReportEnabled()
                        || created.mailTipsAccessEnabled()
                        || created.photosEnabled()
                        || created.archiveAccessEnabled())
                .isFalse();
    }

    @Test
    void domainsAreMatchedExactlyIgnoringCaseAndStoredInLowerCase() {
        RelationshipStore store = store();
        store.create(OrganizationRelationship.named(
                "Tailspin", "TailspinToys.com", "tailspintoys.com", "Sales.TailspinToys.com"));

        assertThat(store.get("tailspin").orElseThrow().domainNames())
                .containsExactly("tailspintoys.com", "sales.tailspintoys.com");
        assertThat(store.forDomain("TAILSPINTOYS.COM"))
                .map(OrganizationRelationship::name)
                .hasValue("Tailspin");
        assertThat(store.forDomain("eu.tailspintoys.com")).isEmpty();
        assertThat(store.forDomain("fabrikam.com")).hasValue(FABRIKAM);
    }

    @Test
    void setChangesOnlyWhatItNamesAndAnEmptyStringClears() {
        RelationshipStore store = store();
        store.set(
                "fabrikam",
                RelationshipChanges.builder().freeBusyAccessScope("Partners").build());

        OrganizationRelationship changed = store.set(
                "FABRIKAM",
                RelationshipChanges.builder()
                        .enabled(false)
                        .targetAutodiscoverEpr("")
                        .targetSharingEpr("https://mail.fabrikam.com/EWS/Exchange.asmx")
                        .build());

        assertThat(changed.enabled()).isFalse();
        assertThat(changed.freeBusyAccessScope()).isEqualTo("Partners");
        assertThat(changed.targetAutodiscoverEpr()).isNull();
        assertThat(changed.targetSharingEpr()).isEqualTo("https://mail.fabrikam.com/EWS/Exchange.asmx");
        assertThat(changed.freeBusyAccessLevel()).isEqualTo(FreeBusyAccessLevel.LIMITED_DETAILS);
        assertThat(store.get("Fabrikam")).hasValue(changed);
    }

    @Test
    void setCanRenameAndReplaceTheDomains() {
        RelationshipStore store = store();

        store.set(
                "Fabrikam",
                RelationshipChanges.builder()
                        .name("Fabrikam Inc")
                        .domainNames("fabrikam.net")
                        .build());

        assertThat(store.get("Fabrikam")).isEmpty();
        assertThat(store.forDomain("fabrikam.com")).isEmpty();
        assertThat(store.forDomain("fabrikam.net"))
                .map(OrganizationRelationship::name)
                .hasValue("Fabrikam Inc");
    }

    @Test
    void removeDeletesAndAnUnknownNameIsRefused() {
        RelationshipStore store = store();
        store.remove("fabrikam");

        assertThat(store.list()).isEmpty();
        assertRefused(Reason.RELATIONSHIP_UNKNOWN, s -> s.remove("fabrikam"), store);
        assertRefused(
                Reason.RELATIONSHIP_UNKNOWN,
                s -> s.set("nobody", RelationshipChanges.builder().enabled(true).build()),
                store);
    }

    @Test
    void everyRuleHasItsOwnReason() {
        RelationshipStore store = store();
        assertRefused(Reason.NAME_REQUIRED, s -> s.create(OrganizationRelationship.named(" ", "a.com")), store);
        assertRefused(
                Reason.NAME_TOO_LONG, s -> s.create(OrganizationRelationship.named("x".repeat(65), "a.com")), store);
        assertRefused(Reason.NAME_MALFORMED, s -> s.create(OrganizationRelationship.named("a/b", "a.com")), store);
        assertRefused(Reason.NAME_TAKEN, s -> s.create(OrganizationRelationship.named("FABRIKAM", "a.com")), store);
        assertRefused(Reason.DOMAIN_REQUIRED, s -> s.create(OrganizationRelationship.named("A")), store);
        assertRefused(Reason.DOMAIN_MALFORMED, s -> s.create(OrganizationRelationship.named("A", "a b.com")), store);
        assertRefused(
                Reason.DOMAIN_IN_ANOTHER_RELATIONSHIP,
                s -> s.create(OrganizationRelationship.named("A", "a.com", "Fabrikam.COM")),
                store);
        assertRefused(
                Reason.TARGET_APPLICATION_URI_MALFORMED,
                s -> s.create(named("A", RelationshipChanges.builder().targetApplicationUri("FYDIBOHF25SPDLT. a.com"))),
                store);
        assertRefused(
                Reason.TARGET_AUTODISCOVER_EPR_MALFORMED,
                s -> s.create(named(
                        "A",
                        RelationshipChanges.builder().targetAutodiscoverEpr("autodiscover.a.com/autodiscover.svc"))),
                store);
        assertRefused(
                Reason.TARGET_SHARING_EPR_MALFORMED,
                s -> s.create(named(
                        "A", RelationshipChanges.builder().targetSharingEpr("ftp://mail.a.com/EWS/Exchange.asmx"))),
                store);
        assertRefused(
                Reason.TARGET_OWA_URL_MALFORMED,
                s -> s.create(named("A", RelationshipChanges.builder().targetOwaUrl("https://bad host/owa"))),
                store);
        assertRefused(
                Reason.ORGANIZATION_CONTACT_MALFORMED,
                s -> s.create(named("A", RelationshipChanges.builder().organizationContact("admin at a.com"))),
                store);
        assertRefused(Reason.REQUEST_INVALID, s -> s.create(null), store);
        assertRefused(Reason.REQUEST_INVALID, s -> s.set("Fabrikam", null), store);
    }

    @Test
    void sixtyFourCharactersAreAllowedInAName() {
        assertThat(store().create(OrganizationRelationship.named("x".repeat(64), "a.com"))
                        .name())
                .hasSize(64);
    }

    @Test
    void setChecksTheResultAsAWhole() {
        RelationshipStore store = store();
        store.create(OrganizationRelationship.named("Tailspin", "tailspintoys.com"));

        assertRefused(
                Reason.NAME_TAKEN,
                s -> s.set(
                        "tailspin",
                        RelationshipChanges.builder().name("fabrikam").build()),
                store);
        assertRefused(
                Reason.DOMAIN_IN_ANOTHER_RELATIONSHIP,
                s -> s.set(
                        "tailspin",
                        RelationshipChanges.builder()
                                .domainNames("fabrikam.com")
                                .build()),
                store);
        assertRefused(
                Reason.DOMAIN_REQUIRED,
                s -> s.set(
                        "tailspin", RelationshipChanges.builder().domainNames().build()),
                store);
        // keeping its own domains and name is no conflict with itself
        assertThat(store.set(
                                "Tailspin",
                                RelationshipChanges.builder()
                                        .name("TAILSPIN")
                                        .domainNames("tailspintoys.com")
                                        .build())
                        .name())
                .isEqualTo("TAILSPIN");
    }

    @Test
    void changesSurviveANewStoreOverTheSameFolderAndTheScenarioIsThenIgnored() {
        RelationshipStore first = store();
        OrganizationRelationship created = first.create(OrganizationRelationship.named("Tailspin", "tailspintoys.com"));
        first.set("Fabrikam", RelationshipChanges.builder().enabled(false).build());

        RelationshipStore second =
                new RelationshipStore(home, List.of(OrganizationRelationship.named("Other", "o.com")));

        assertThat(second.list()).isEqualTo(first.list());
        assertThat(second.list()).extracting(OrganizationRelationship::name).containsExactly("Fabrikam", "Tailspin");
        assertThat(second.get("tailspin")).hasValue(created);
        assertThat(Files.exists(home.resolve(RelationshipStore.FILE_NAME))).isTrue();
    }

    @Test
    void withoutAFileTheScenariosRelationshipsApplyAndNothingIsWrittenUntilAChange() {
        assertThat(store().list()).containsExactly(FABRIKAM);
        assertThat(Files.exists(home.resolve(RelationshipStore.FILE_NAME))).isFalse();
    }

    @Test
    void aRefusedChangeLeavesTheFileAsItWas() throws Exception {
        RelationshipStore store = store();
        store.create(OrganizationRelationship.named("Tailspin", "tailspintoys.com"));
        byte[] before = Files.readAllBytes(home.resolve(RelationshipStore.FILE_NAME));

        assertRefused(
                Reason.DOMAIN_IN_ANOTHER_RELATIONSHIP,
                s -> s.create(OrganizationRelationship.named("Copy", "tailspintoys.com")),
                store);

        assertThat(Files.readAllBytes(home.resolve(RelationshipStore.FILE_NAME)))
                .isEqualTo(before);
    }

    @Test
    void aScenarioOrFileBreakingARuleStopsTheTenantWithTheRuleNamed() throws Exception {
        assertThatThrownBy(() -> new RelationshipStore(
                        home, List.of(FABRIKAM, OrganizationRelationship.named("Again", "fabrikam.com"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("of the scenario break rule DOMAIN_IN_ANOTHER_RELATIONSHIP");

        Files.writeString(
                home.resolve(RelationshipStore.FILE_NAME), "{\"organizationRelationships\": [{\"nmae\": 1}]}");
        assertThatThrownBy(() -> new RelationshipStore(home, List.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot read organization relationships")
                .hasMessageContaining("nmae");
    }

    private static OrganizationRelationship named(String name, RelationshipChanges.Builder changes) {
        return OrganizationRelationship.named(name, name.toLowerCase() + ".example")
                .with(changes.build());
    }

    private static void assertRefused(Reason reason, Consumer<RelationshipStore> change, RelationshipStore store) {
        List<OrganizationRelationship> before = store.list();
        RelationshipRefusedException refused =
                assertThrows(RelationshipRefusedException.class, () -> change.accept(store));
        assertThat(refused.reason()).isEqualTo(reason);
        assertThat(store.list()).isEqualTo(before);
    }
}
