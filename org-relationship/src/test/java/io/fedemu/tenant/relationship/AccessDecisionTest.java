package io.fedemu.tenant.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.tenant.availability.AccessLevel;
import io.fedemu.tenant.directory.DefaultPermission;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.SecurityGroup;
import io.fedemu.tenant.directory.WorkingHours;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receiving side: what a partner's requester sees of one mailbox (PROTOCOL.md section 4). */
class AccessDecisionTest {
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    static final Mailbox BOB = mailbox(
            "bob@contoso.com", DefaultPermission.FREE_BUSY_TIME_AND_SUBJECT_AND_LOCATION, "smtp:Robert@Contoso.com");
    static final Mailbox CAROL = mailbox("carol@contoso.com", DefaultPermission.REVIEWER);
    static final Mailbox DAVE = mailbox("dave@contoso.com", DefaultPermission.FREE_BUSY_TIME_ONLY);
    static final Mailbox HIDDEN = mailbox("hidden@contoso.com", DefaultPermission.NONE);
    static final Directory DIRECTORY = new Directory(
            Set.of("contoso.com"),
            List.of(BOB, CAROL, DAVE, HIDDEN),
            List.of(),
            List.of(new SecurityGroup("Visible To Partners", Set.of("ROBERT@contoso.com", "hidden@contoso.com"))));
    static final OrganizationRelationship LIMITED = OrganizationRelationship.named("Fabrikam", "fabrikam.com")
            .with(RelationshipChanges.builder()
                    .freeBusyAccessEnabled(true)
                    .freeBusyAccessLevel(FreeBusyAccessLevel.LIMITED_DETAILS)
                    .build());

    @Test
    void limitedDetailsMeetsTheCalendarsDefaultPermission() {
        assertGranted(LIMITED, BOB, AccessLevel.LIMITED_DETAILS);
        assertGranted(LIMITED, DAVE, AccessLevel.AVAILABILITY_ONLY);
    }

    @Test
    void aReviewerDefaultIsCappedAtLimitedDetailsSoNoItemIdCrossesOrganizations() {
        AccessDecision decision = AccessDecision.decide(Optional.of(LIMITED), CAROL, DIRECTORY);

        assertThat(decision.level()).isEqualTo(AccessLevel.LIMITED_DETAILS);
        assertThat(decision.level().seesItemIds()).isFalse();
    }

    @Test
    void availabilityOnlyGivesTimesEvenToAnOpenCalendar() {
        OrganizationRelationship timesOnly =
                with(RelationshipChanges.builder().freeBusyAccessLevel(FreeBusyAccessLevel.AVAILABILITY_ONLY));

        assertGranted(timesOnly, CAROL, AccessLevel.AVAILABILITY_ONLY);
        assertThat(AccessDecision.decide(Optional.of(timesOnly), BOB, DIRECTORY)
                        .level()
                        .seesDetails())
                .isFalse();
    }

    @Test
    void noRelationshipDisabledOrFreeBusyOffEachHaveTheirReason() {
        assertRefused(Optional.empty(), BOB, Optional.of(Reason.NO_RELATIONSHIP));
        assertRefused(
                Optional.of(with(RelationshipChanges.builder().enabled(false))),
                BOB,
                Optional.of(Reason.RELATIONSHIP_DISABLED));
        assertRefused(
                Optional.of(with(RelationshipChanges.builder().freeBusyAccessEnabled(false))),
                BOB,
                Optional.of(Reason.FREE_BUSY_DISABLED));
    }

    @Test
    void levelNoneAndDefaultPermissionNoneAreTold() {
        assertRefused(
                Optional.of(with(RelationshipChanges.builder().freeBusyAccessLevel(FreeBusyAccessLevel.NONE))),
                BOB,
                Optional.of(Reason.RELATIONSHIP_LEVEL_NONE));
        assertRefused(Optional.of(LIMITED), HIDDEN, Optional.of(Reason.DEFAULT_PERMISSION_NONE));
    }

    @Test
    void theScopeGroupShowsOnlyItsMembersMatchedOnAnyAddressIgnoringCase() {
        OrganizationRelationship scoped =
                with(RelationshipChanges.builder().freeBusyAccessScope("visible to partners"));

        assertGranted(scoped, BOB, AccessLevel.LIMITED_DETAILS);
        assertRefused(Optional.of(scoped), CAROL, Optional.of(Reason.OUTSIDE_SCOPE));
        // a member who hides the calendar stays hidden
        assertRefused(Optional.of(scoped), HIDDEN, Optional.of(Reason.DEFAULT_PERMISSION_NONE));
    }

    @Test
    void anUnknownScopeGroupHidesEveryone() {
        OrganizationRelationship scoped = with(RelationshipChanges.builder().freeBusyAccessScope("Deleted Group"));

        assertRefused(Optional.of(scoped), BOB, Optional.of(Reason.OUTSIDE_SCOPE));
        assertRefused(Optional.of(scoped), CAROL, Optional.of(Reason.OUTSIDE_SCOPE));
    }

    @Test
    void theRequestersEmailDomainSelectsTheRelationship(@TempDir Path home) {
        RelationshipStore store = new RelationshipStore(home, List.of(LIMITED));

        assertThat(AccessDecision.forRequester(store, "Alice@FABRIKAM.com", BOB, DIRECTORY)
                        .level())
                .isEqualTo(AccessLevel.LIMITED_DETAILS);
        assertThat(AccessDecision.forRequester(store, "alice@sales.fabrikam.com", BOB, DIRECTORY)
                        .refusal())
                .isEqualTo(Optional.of(Reason.NO_RELATIONSHIP));
        assertThat(AccessDecision.forRequester(store, "alice", BOB, DIRECTORY).refusal())
                .isEqualTo(Optional.of(Reason.NO_RELATIONSHIP));
    }

    private static OrganizationRelationship with(RelationshipChanges.Builder change) {
        return LIMITED.with(change.build());
    }

    private static void assertGranted(OrganizationRelationship relationship, Mailbox target, AccessLevel level) {
        AccessDecision decision = AccessDecision.decide(Optional.of(relationship), target, DIRECTORY);
        assertThat(decision.refusal()).isEqualTo(Optional.empty());
        assertThat(decision.granted()).isTrue();
        assertThat(decision.level()).isEqualTo(level);
    }

    private static void assertRefused(
            Optional<OrganizationRelationship> relationship, Mailbox target, Optional<Reason> expected) {
        AccessDecision decision = AccessDecision.decide(relationship, target, DIRECTORY);
        assertThat(decision.refusal()).isEqualTo(expected);
        assertThat(decision.refusal().orElseThrow().mailboxResponseCode()).isEqualTo("ErrorNoFreeBusyAccess");
        assertThat(decision.granted()).isFalse();
        assertThat(decision.level()).isEqualTo(AccessLevel.NONE);
    }

    static Mailbox mailbox(String address, DefaultPermission permission, String... proxies) {
        return new Mailbox(address, List.of(proxies), address, "secret", ZONE, WorkingHours.standard(ZONE), permission);
    }
}
