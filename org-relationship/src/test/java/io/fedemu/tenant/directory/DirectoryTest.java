package io.fedemu.tenant.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectoryTest {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Mailbox ALICE = new Mailbox(
            "alice@contoso.com",
            List.of("smtp:Alice.Smith@Contoso.com"),
            "Alice Smith",
            "secret",
            BERLIN,
            WorkingHours.standard(BERLIN),
            DefaultPermission.FREE_BUSY_TIME_ONLY);
    static final RemoteMailbox BOB = new RemoteMailbox("bob@contoso.com", "Bob", "bob@contoso.mail.onmicrosoft.com");

    final Directory directory = new Directory(
            Set.of("Contoso.com"),
            List.of(ALICE),
            List.of(BOB),
            List.of(new SecurityGroup("FreeBusy Partners", Set.of("Alice@Contoso.com"))));

    @Test
    void primaryAndProxyAddressesResolveIgnoringCase() {
        assertThat(directory.lookup("ALICE@contoso.com")).isSameAs(ALICE);
        assertThat(directory.lookup("alice.smith@contoso.com")).isSameAs(ALICE);
        assertThat(directory.lookup(" smtp:alice.smith@CONTOSO.com ")).isSameAs(ALICE);
    }

    @Test
    void remoteMailboxResolvesWithItsTargetDomain() {
        assertThat(directory.lookup("Bob@Contoso.com"))
                .isInstanceOfSatisfying(
                        RemoteMailbox.class,
                        r -> assertThat(r.targetDomain()).isEqualTo("contoso.mail.onmicrosoft.com"));
    }

    @Test
    void unknownAddressIsNotFoundNeverNull() {
        assertThat(directory.lookup("carol@contoso.com")).isEqualTo(new Recipient.NotFound("carol@contoso.com"));
    }

    @Test
    void acceptedDomainsAndGroupsIgnoreCase() {
        assertThat(directory.isAccepted("someone@CONTOSO.COM")).isTrue();
        assertThat(directory.isAccepted("someone@fabrikam.com")).isFalse();
        assertThat(directory.group("freebusy partners")).hasValueSatisfying(g -> {
            assertThat(g.contains("alice@contoso.com")).isTrue();
            assertThat(g.contains("bob@contoso.com")).isFalse();
        });
    }

    @Test
    void anAddressBelongsToOneRecipientOnly() {
        RemoteMailbox clash = new RemoteMailbox("alice.smith@contoso.com", "Clash", "x@fabrikam.com");
        assertThatThrownBy(() -> new Directory(Set.of("contoso.com"), List.of(ALICE), List.of(clash), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alice.smith@contoso.com is used by both");
    }

    @Test
    void valuesRejectNonsense() {
        assertThatThrownBy(() -> new RemoteMailbox("bob", "Bob", "bob@x.com"))
                .hasMessageContaining("not an SMTP address");
        assertThatThrownBy(() -> new WorkingPeriod(Set.of(DayOfWeek.MONDAY), 600, 480))
                .hasMessageContaining("0 <= start < end <= 1440");
        assertThat(ALICE.toString()).doesNotContain("secret");
    }
}
