package io.fedemu.tenant.ews.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.ews.messages.ResolveNamesType;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.ews.MailboxOperations;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.cxf.binding.soap.SoapFault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrganizationMailboxesTest {
    @TempDir
    Path state;

    @Test
    void aPartnersDelegationTokenIsForTheFederatedOperationsOnly() {
        Journal journal = new Journal(Clock.systemUTC());
        OrganizationMailboxes mailboxes = new OrganizationMailboxes(
                "fabrikam",
                new Directory(Set.of("fabrikam.com"), List.of(), List.of(), List.of()),
                new CalendarStore(state, Map.of()),
                journal);
        ResolveNamesType request = new ResolveNamesType();
        request.setUnresolvedEntry("erin");

        assertThatThrownBy(() -> mailboxes.resolveNames(
                        request, null, new MailboxOperations.Caller("bob@contoso.com", true, "request-1")))
                .isInstanceOfSatisfying(
                        SoapFault.class,
                        fault -> assertThat(fault.getFaultCode().getLocalPart()).isEqualTo("ErrorAccessDenied"));
        assertThat(journal.all()).singleElement().satisfies(entry -> {
            assertThat(entry.reason()).isEqualTo(Reason.PARTNER_OPERATION_NOT_ALLOWED);
            assertThat(entry.step()).isEqualTo(JournalEntry.Step.ACCESS_DECISION);
            assertThat(entry.requestId()).isEqualTo("request-1");
        });
    }
}
