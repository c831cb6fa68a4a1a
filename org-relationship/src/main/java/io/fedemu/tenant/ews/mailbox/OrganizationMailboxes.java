package io.fedemu.tenant.ews.mailbox;

import io.fedemu.protocol.ews.messages.ConvertIdResponseType;
import io.fedemu.protocol.ews.messages.ConvertIdType;
import io.fedemu.protocol.ews.messages.FindItemResponseType;
import io.fedemu.protocol.ews.messages.FindItemType;
import io.fedemu.protocol.ews.messages.GetItemResponseType;
import io.fedemu.protocol.ews.messages.GetItemType;
import io.fedemu.protocol.ews.messages.GetServerTimeZonesResponseType;
import io.fedemu.protocol.ews.messages.GetServerTimeZonesType;
import io.fedemu.protocol.ews.messages.ResolveNamesResponseType;
import io.fedemu.protocol.ews.messages.ResolveNamesType;
import io.fedemu.protocol.ews.types.ExchangeVersionType;
import io.fedemu.protocol.ews.types.RequestServerVersion;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.runtime.journal.Journal;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.ews.EwsFault;
import io.fedemu.tenant.ews.MailboxOperations;

/**
 * The operations around free/busy as a Client Access front end answers them, from the organization's directory and
 * calendars (PROTOCOL.md section 16). Exchange 2013's front end would proxy a FindItem to the Mailbox server of the
 * caller's database; fedemu's servers share one calendar store in the process, so the front end answers from it,
 * and the answer is the one the back end would give.
 */
public final class OrganizationMailboxes implements MailboxOperations {
    private final String role;
    private final Directory directory;
    private final Journal journal;
    private final NameResolution names;
    private final CalendarFolder calendar;
    private final IdConversion ids;

    public OrganizationMailboxes(String role, Directory directory, CalendarStore calendars, Journal journal) {
        this.role = role;
        this.directory = directory;
        this.journal = journal;
        this.names = new NameResolution(directory);
        this.calendar = new CalendarFolder(calendars);
        this.ids = new IdConversion(directory);
    }

    @Override
    public GetServerTimeZonesResponseType getServerTimeZones(
            GetServerTimeZonesType request, RequestServerVersion version, Caller caller) {
        requireUser(caller, "GetServerTimeZones");
        return ServerTimeZones.answer(request, version);
    }

    @Override
    public ResolveNamesResponseType resolveNames(
            ResolveNamesType request, RequestServerVersion version, Caller caller) {
        requireUser(caller, "ResolveNames");
        return names.answer(request);
    }

    @Override
    public FindItemResponseType findItem(FindItemType request, RequestServerVersion version, Caller caller) {
        Mailbox owner = owner(caller, "FindItem");
        return calendar.find(request, owner, writer(owner, version), access(caller));
    }

    @Override
    public GetItemResponseType getItem(GetItemType request, RequestServerVersion version, Caller caller) {
        Mailbox owner = owner(caller, "GetItem");
        return calendar.get(request, owner, writer(owner, version), access(caller));
    }

    @Override
    public ConvertIdResponseType convertId(ConvertIdType request, RequestServerVersion version, Caller caller) {
        requireUser(caller, "ConvertId");
        return ids.answer(request);
    }

    /** A partner's delegation token is for the federated operations only (free/busy, MailTips). */
    private void requireUser(Caller caller, String operation) {
        if (caller.partner()) {
            String refusal = "A partner organization's delegation token does not allow " + operation
                    + "; it allows the federated operations only.";
            journal.fail(
                    role,
                    caller.requestId(),
                    JournalEntry.Step.ACCESS_DECISION,
                    Reason.PARTNER_OPERATION_NOT_ALLOWED,
                    caller.address(),
                    operation,
                    refusal);
            throw EwsFault.of(Reason.PARTNER_OPERATION_NOT_ALLOWED, refusal);
        }
    }

    /** The caller's own mailbox: the one whose calendar FindItem and GetItem read. */
    private Mailbox owner(Caller caller, String operation) {
        requireUser(caller, operation);
        if (directory.lookup(caller.address()) instanceof Mailbox mailbox) {
            return mailbox;
        }
        throw EwsFault.of(
                Reason.OTHER_MAILBOX_NOT_SERVED, caller.address() + " has no mailbox of this organization to read.");
    }

    private static CalendarItems writer(Mailbox owner, RequestServerVersion version) {
        boolean workingElsewhereKnown = version == null
                || version.getVersion() == null
                || version.getVersion().compareTo(ExchangeVersionType.EXCHANGE_2013) >= 0;
        return new CalendarItems(owner, workingElsewhereKnown);
    }

    private MailboxAccess access(Caller caller) {
        return new MailboxAccess(role, journal, caller.requestId());
    }
}
