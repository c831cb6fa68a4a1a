package io.fedemu.tenant.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.tenant.availability.AccessLevel;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.availability.FreeBusyQuery;
import io.fedemu.tenant.availability.FreeBusyView;
import io.fedemu.tenant.availability.FreeBusyViewType;
import io.fedemu.tenant.availability.RequesterZone;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.directory.DefaultPermission;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.SecurityGroup;
import io.fedemu.tenant.directory.WorkingHours;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the receiving side's decision for every relationship and calendar permission. Cases come from a
 * fixed seed, so a failure names a reproducible case number (plain JUnit rather than jqwik, whose licence asks
 * AI coding agents not to use it).
 */
class AccessPropertiesTest {
    private static final long SEED = 20261127L;
    private static final String[] SCOPES = {null, "Members", "Nobody Knows This Group"};
    private static final FreeBusyEngine ENGINE = new FreeBusyEngine();

    record Case(int number, Optional<OrganizationRelationship> relationship, Mailbox target, Directory directory) {
        @Override
        public String toString() {
            return "case " + number + ": "
                    + relationship
                            .map(r -> r.freeBusyAccessLevel() + " enabled=" + r.enabled() + " freeBusy="
                                    + r.freeBusyAccessEnabled() + " scope=" + r.freeBusyAccessScope())
                            .orElse("none")
                    + " / " + target.defaultPermission();
        }
    }

    static Stream<Case> cases() {
        Random random = new Random(SEED);
        return IntStream.range(0, 400).mapToObj(n -> randomCase(n, random));
    }

    private static Case randomCase(int number, Random random) {
        DefaultPermission permission = DefaultPermission.values()[random.nextInt(DefaultPermission.values().length)];
        Mailbox target = AccessDecisionTest.mailbox("user" + number + "@contoso.com", permission);
        Set<String> members = random.nextBoolean() ? Set.of(target.address()) : Set.of("someone@contoso.com");
        Directory directory = new Directory(
                Set.of("contoso.com"), List.of(target), List.of(), List.of(new SecurityGroup("Members", members)));
        Optional<OrganizationRelationship> relationship = random.nextInt(8) == 0
                ? Optional.empty()
                : Optional.of(OrganizationRelationship.named("Partner", "fabrikam.com")
                        .with(RelationshipChanges.builder()
                                .enabled(random.nextInt(6) != 0)
                                .freeBusyAccessEnabled(random.nextInt(6) != 0)
                                .freeBusyAccessLevel(FreeBusyAccessLevel.values()[random.nextInt(3)])
                                .freeBusyAccessScope(SCOPES[random.nextInt(SCOPES.length)])
                                .build()));
        return new Case(number, relationship, target, directory);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void effectiveAccessNeverExceedsEitherInputNorLimitedDetails(Case c) {
        AccessDecision decision = AccessDecision.decide(c.relationship(), c.target(), c.directory());

        assertThat(decision.level())
                .isLessThanOrEqualTo(AccessLevel.of(c.target().defaultPermission()));
        c.relationship()
                .ifPresent(r -> assertThat(decision.level())
                        .isLessThanOrEqualTo(AccessDecision.levelOf(r.freeBusyAccessLevel())));
        assertThat(decision.level()).isLessThanOrEqualTo(AccessLevel.LIMITED_DETAILS);
        assertThat(decision.level().seesItemIds()).isFalse();
        assertThat(decision.granted()).isEqualTo(decision.level() != AccessLevel.NONE);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void aGrantIsExactlyTheLowerOfTheTwoLevels(Case c) {
        AccessDecision decision = AccessDecision.decide(c.relationship(), c.target(), c.directory());

        if (decision.granted()) {
            OrganizationRelationship r = c.relationship().orElseThrow();
            assertThat(r.enabled() && r.freeBusyAccessEnabled()).isTrue();
            assertThat(decision.level())
                    .isEqualTo(AccessLevel.effective(
                            c.target().defaultPermission(), AccessDecision.levelOf(r.freeBusyAccessLevel())));
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void availabilityOnlyNeverGrantsDetailsEvenWhenDetailsAreAskedFor(Case c) {
        AccessDecision decision = AccessDecision.decide(c.relationship(), c.target(), c.directory());
        boolean availabilityOnly = c.relationship()
                .map(r -> r.freeBusyAccessLevel() == FreeBusyAccessLevel.AVAILABILITY_ONLY)
                .orElse(false);
        if (!availabilityOnly || !decision.granted()) {
            return;
        }
        ZonedDateTime start = ZonedDateTime.parse("2026-11-30T10:00:00+01:00[Europe/Berlin]");
        CalendarEvent meeting = new CalendarEvent(
                "m" + c.number(),
                start,
                start.plusHours(1),
                false,
                BusyType.BUSY,
                "Merger talks",
                "Board room",
                false,
                true,
                false,
                null);
        FreeBusyView view = ENGINE.compute(
                List.of(meeting),
                WorkingHours.standard(start.getZone()),
                FreeBusyQuery.of(
                        Instant.parse("2026-11-30T00:00:00Z"),
                        Instant.parse("2026-12-01T00:00:00Z"),
                        FreeBusyViewType.DETAILED_MERGED,
                        decision.level(),
                        RequesterZone.of(ZoneOffset.UTC)));

        assertThat(decision.level().seesDetails()).isFalse();
        assertThat(view.viewType().hasDetails()).isFalse();
        assertThat(view.calendarEvents())
                .isNotEmpty()
                .allMatch(event -> event.details().isEmpty());
    }
}
