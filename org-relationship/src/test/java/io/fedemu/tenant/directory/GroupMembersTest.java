package io.fedemu.tenant.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Expansion as Exchange's availability service expands a group (PROTOCOL.md section 13). */
class GroupMembersTest {
    static final ZoneId UTC = ZoneId.of("UTC");

    static Mailbox mailbox(String address) {
        return new Mailbox(
                address, List.of(), address, "pw", UTC, WorkingHours.standard(UTC), DefaultPermission.REVIEWER);
    }

    static final Mailbox ALICE = new Mailbox(
            "alice@contoso.com",
            List.of("alice.wilson@contoso.com"),
            "Alice",
            "pw",
            UTC,
            WorkingHours.standard(UTC),
            DefaultPermission.REVIEWER);
    static final RemoteMailbox BOB = new RemoteMailbox("bob@contoso.com", "Bob", "bob@contoso.mail.onmicrosoft.com");

    @Test
    void nestedGroupsAreFollowedBreadthFirstAndEachRecipientCountsOnce() {
        DistributionGroup leads = new DistributionGroup(
                "leads@contoso.com", "Leads", null, List.of("carol@contoso.com", "Alice.Wilson@contoso.com"));
        DistributionGroup team = new DistributionGroup(
                "team@contoso.com",
                "Team",
                "Contoso team",
                List.of("alice@contoso.com", "leads@contoso.com", "bob@contoso.com", "team@contoso.com"));
        Directory directory = new Directory(
                Set.of("contoso.com"),
                List.of(ALICE, mailbox("carol@contoso.com")),
                List.of(BOB),
                List.of(),
                List.of(team, leads));

        GroupMembers members = GroupMembers.of(directory, team, 100);

        assertThat(members.capped()).isFalse();
        assertThat(members.addresses()).containsExactly("alice@contoso.com", "bob@contoso.com", "carol@contoso.com");
        assertThat(directory.lookup("TEAM@contoso.com")).isSameAs(team);
        assertThat(directory.distributionGroup("contoso team")).contains(team);
        assertThat(directory.distributionGroup("Leads")).contains(leads);
        assertThat(leads.displayName()).as("the name when none is given").isEqualTo("Leads");
    }

    @Test
    void aGroupWithOneMemberMoreThanTheLimitIsCappedAndAnUnknownMemberIsAContact() {
        List<String> addresses = new ArrayList<>();
        IntStream.rangeClosed(1, 3).forEach(i -> addresses.add("m" + i + "@fabrikam.com"));
        DistributionGroup group = new DistributionGroup("all@contoso.com", "All", null, addresses);
        Directory directory = new Directory(Set.of("contoso.com"), List.of(), List.of(), List.of(), List.of(group));

        assertThat(GroupMembers.of(directory, group, 3)).isEqualTo(new GroupMembers(addresses, false));
        assertThat(GroupMembers.of(directory, group, 2).capped()).isTrue();
    }

    @Test
    void aGroupAddressIsUniqueLikeAnyRecipientsAndMembersAreAddresses() {
        DistributionGroup clash = new DistributionGroup("alice@contoso.com", "Clash", null, List.of());

        assertThatThrownBy(() ->
                        new Directory(Set.of("contoso.com"), List.of(ALICE), List.of(), List.of(), List.of(clash)))
                .hasMessageContaining("alice@contoso.com");
        assertThatThrownBy(() -> new DistributionGroup("x@contoso.com", "X", null, List.of("not an address")))
                .hasMessageContaining("member of x@contoso.com");
    }
}
