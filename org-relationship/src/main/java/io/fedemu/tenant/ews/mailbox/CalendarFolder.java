package io.fedemu.tenant.ews.mailbox;

import io.fedemu.protocol.ews.messages.FindItemResponseMessageType;
import io.fedemu.protocol.ews.messages.FindItemResponseType;
import io.fedemu.protocol.ews.messages.FindItemType;
import io.fedemu.protocol.ews.messages.GetItemResponseType;
import io.fedemu.protocol.ews.messages.GetItemType;
import io.fedemu.protocol.ews.messages.ItemInfoResponseMessageType;
import io.fedemu.protocol.ews.types.ArrayOfRealItemsType;
import io.fedemu.protocol.ews.types.BaseItemIdType;
import io.fedemu.protocol.ews.types.CalendarViewType;
import io.fedemu.protocol.ews.types.DistinguishedFolderIdNameType;
import io.fedemu.protocol.ews.types.DistinguishedFolderIdType;
import io.fedemu.protocol.ews.types.FindItemParentType;
import io.fedemu.protocol.ews.types.FolderIdType;
import io.fedemu.protocol.ews.types.IdFormatType;
import io.fedemu.protocol.ews.types.ItemIdType;
import io.fedemu.protocol.ews.types.OccurrenceItemIdType;
import io.fedemu.protocol.ews.types.RecurringMasterItemIdType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.calendar.CalendarStore;
import io.fedemu.tenant.calendar.Occurrence;
import io.fedemu.tenant.calendar.RecurrenceExpander;
import io.fedemu.tenant.calendar.TooManyOccurrencesException;
import io.fedemu.tenant.directory.Mailbox;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * FindItem and GetItem on the caller's own calendar folder (PROTOCOL.md section 16). A CalendarView expands series
 * into their occurrences within the view; FindItem without one lists the items as stored (singles and masters). The
 * other folders of a mailbox are there and empty: fedemu keeps no mail. Each folder asked, and each id asked, is one
 * ResponseMessage of its own.
 */
final class CalendarFolder {
    /** Exchange's EWSFindCountLimit: at most 1000 items in one FindItem answer. */
    static final int FIND_COUNT_LIMIT = 1000;
    /** Exchange refuses a CalendarView longer than two years (ErrorCalendarViewRangeTooBig). */
    static final int MAX_VIEW_YEARS = 2;
    /** How far an OccurrenceItemId's InstanceIndex is looked for, from the series' start. */
    static final int INSTANCE_INDEX_YEARS = 10;

    private final CalendarStore calendars;
    private final RecurrenceExpander expander = new RecurrenceExpander();

    CalendarFolder(CalendarStore calendars) {
        this.calendars = calendars;
    }

    /** A refusal of one folder or id, answered as that ResponseMessage's error. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Reason reason;

        Refusal(Reason reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }

        Reason reason() {
            return reason;
        }
    }

    FindItemResponseType find(FindItemType request, Mailbox owner, CalendarItems writer, MailboxAccess access) {
        CalendarItems.Shape shape = CalendarItems.Shape.of(request.getItemShape());
        List<FindItemResponseMessageType> messages = new ArrayList<>();
        for (Object folder : request.getParentFolderIds().getFolderIdOrDistinguishedFolderId()) {
            FindItemResponseMessageType message = new FindItemResponseMessageType();
            try {
                boolean calendar = isOwnCalendar(folder, owner, access);
                message.setRootFolder(
                        calendar
                                ? view(request.getCalendarView(), owner, writer, shape)
                                : emptyFolder(request.getCalendarView(), folder));
                ResponseMessages.success(message);
            } catch (Refusal refusal) {
                ResponseMessages.error(message, refusal.reason(), refusal.getMessage());
            }
            messages.add(message);
        }
        return ResponseMessages.answer(new FindItemResponseType(), messages);
    }

    GetItemResponseType get(GetItemType request, Mailbox owner, CalendarItems writer, MailboxAccess access) {
        CalendarItems.Shape shape = CalendarItems.Shape.of(request.getItemShape());
        List<ItemInfoResponseMessageType> messages = new ArrayList<>();
        for (BaseItemIdType id : request.getItemIds().getItemIdOrOccurrenceItemIdOrRecurringMasterItemId()) {
            ItemInfoResponseMessageType message = new ItemInfoResponseMessageType();
            // Exchange writes an empty Items in an error answer too.
            message.setItems(new ArrayOfRealItemsType());
            try {
                CalendarItem item = item(id, owner, access);
                message.getItems().getCalendarItem().add(writer.write(item, shape));
                ResponseMessages.success(message);
            } catch (Refusal refusal) {
                ResponseMessages.error(message, refusal.reason(), refusal.getMessage());
            }
            messages.add(message);
        }
        return ResponseMessages.answer(new GetItemResponseType(), messages);
    }

    private boolean isOwnCalendar(Object folder, Mailbox owner, MailboxAccess access) {
        if (folder instanceof DistinguishedFolderIdType distinguished) {
            if (distinguished.getMailbox() != null && distinguished.getMailbox().getEmailAddress() != null) {
                access.requireOwn(owner, distinguished.getMailbox().getEmailAddress());
            }
            return distinguished.getId() == DistinguishedFolderIdNameType.CALENDAR;
        }
        FolderIdType id = (FolderIdType) folder;
        StoreObjectId read = readEwsId(id.getId());
        access.requireOwn(owner, read.mailbox());
        if (!read.isFolder()) {
            throw new Refusal(Reason.FOLDER_NOT_FOUND, "The FolderId names an item, not a folder.");
        }
        return true;
    }

    private FindItemParentType emptyFolder(CalendarViewType view, Object folder) {
        if (view != null) {
            String name =
                    folder instanceof DistinguishedFolderIdType d ? d.getId().value() : "the folder";
            throw new Refusal(
                    Reason.CALENDAR_VIEW_ON_OTHER_FOLDER,
                    "A CalendarView asks " + name + ", which is not a calendar folder.");
        }
        return parent(new ArrayOfRealItemsType(), 0, true);
    }

    private FindItemParentType view(
            CalendarViewType view, Mailbox owner, CalendarItems writer, CalendarItems.Shape shape) {
        List<CalendarEvent> events = calendars.events(owner.address());
        List<CalendarItem> found = new ArrayList<>();
        Integer max = null;
        if (view == null) {
            events.forEach(event -> found.add(CalendarItem.stored(owner.address(), event)));
            found.sort(Comparator.comparing((CalendarItem item) -> item.start().toInstant()));
        } else {
            Instant from = view.getStartDate().toGregorianCalendar().toInstant();
            Instant to = view.getEndDate().toGregorianCalendar().toInstant();
            if (to.isBefore(from)) {
                throw new Refusal(
                        Reason.CALENDAR_VIEW_END_BEFORE_START,
                        "The CalendarView's EndDate " + to + " is before its StartDate " + from + ".");
            }
            if (to.isAfter(
                    from.atOffset(ZoneOffset.UTC).plusYears(MAX_VIEW_YEARS).toInstant())) {
                throw new Refusal(
                        Reason.CALENDAR_VIEW_RANGE_TOO_BIG,
                        "The CalendarView from " + from + " to " + to + " spans more than " + MAX_VIEW_YEARS
                                + " years.");
            }
            max = view.getMaxEntriesReturned();
            if (to.isAfter(from)) {
                for (Occurrence occurrence : expand(events, from, to)) {
                    CalendarEvent master =
                            master(events, CalendarItem.seriesUid(occurrence)).orElse(occurrence.item());
                    found.add(CalendarItem.appearance(owner.address(), master, occurrence));
                }
            }
        }
        int limit = Math.min(max == null ? FIND_COUNT_LIMIT : Math.max(0, max), FIND_COUNT_LIMIT);
        ArrayOfRealItemsType items = new ArrayOfRealItemsType();
        found.stream().limit(limit).forEach(item -> items.getCalendarItem().add(writer.write(item, shape)));
        return parent(items, found.size(), found.size() <= limit);
    }

    private List<Occurrence> expand(List<CalendarEvent> events, Instant from, Instant to) {
        try {
            return expander.expand(events, from, to);
        } catch (TooManyOccurrencesException e) {
            throw new Refusal(
                    Reason.RESULT_SET_TOO_BIG,
                    "The CalendarView holds more than " + RecurrenceExpander.DEFAULT_MAX_OCCURRENCES + " items.");
        }
    }

    private static FindItemParentType parent(ArrayOfRealItemsType items, int total, boolean includesLast) {
        FindItemParentType parent = new FindItemParentType();
        parent.setItems(items);
        parent.setTotalItemsInView(total);
        parent.setIncludesLastItemInRange(includesLast);
        return parent;
    }

    /** The item an id names, in the owner's calendar. */
    private CalendarItem item(BaseItemIdType id, Mailbox owner, MailboxAccess access) {
        if (id instanceof ItemIdType itemId) {
            StoreObjectId read = readEwsId(itemId.getId());
            access.requireOwn(owner, read.mailbox());
            return find(read, owner);
        }
        if (id instanceof OccurrenceItemIdType occurrence) {
            StoreObjectId master = readEwsId(occurrence.getRecurringMasterId());
            access.requireOwn(owner, master.mailbox());
            return nthOccurrence(find(master.master(), owner), occurrence.getInstanceIndex(), owner);
        }
        RecurringMasterItemIdType masterOf = (RecurringMasterItemIdType) id;
        StoreObjectId read = readEwsId(masterOf.getOccurrenceId());
        access.requireOwn(owner, read.mailbox());
        return find(read.master(), owner);
    }

    /** Reads an EwsId; the refusals are those Exchange gives for an id it cannot use. */
    static StoreObjectId readEwsId(String text) {
        if (text == null || text.isEmpty()) {
            throw new Refusal(Reason.ITEM_ID_EMPTY, "The Id attribute is empty.");
        }
        try {
            return AlternateIds.read(text, IdFormatType.EWS_ID).id();
        } catch (AlternateIds.MalformedIdException malformed) {
            try {
                AlternateIds.read(text, IdFormatType.EWS_LEGACY_ID);
            } catch (AlternateIds.MalformedIdException notLegacyEither) {
                throw new Refusal(Reason.ITEM_ID_MALFORMED, malformed.getMessage());
            }
            throw new Refusal(
                    Reason.ITEM_ID_LEGACY_FORMAT,
                    "The id is an Exchange 2007 EwsLegacyId; convert it with ConvertId (DestinationFormat EwsId).");
        }
    }

    private CalendarItem find(StoreObjectId id, Mailbox owner) {
        if (id.isFolder()) {
            throw new Refusal(Reason.ITEM_NOT_FOUND, "The id names the calendar folder, not an item.");
        }
        List<CalendarEvent> events = calendars.events(owner.address());
        CalendarEvent series = events.stream()
                .filter(event -> StoreObjectId.itemKey(event.uid()) == id.itemKey())
                .findFirst()
                .orElseThrow(() -> new Refusal(
                        Reason.ITEM_NOT_FOUND, "No item of " + owner.address() + "'s calendar has this id."));
        if (!id.isOccurrence()) {
            return CalendarItem.stored(owner.address(), series);
        }
        Instant originalStart = id.occurrence();
        Instant until = originalStart.plus(series.duration()).plusSeconds(1);
        return (series.isRecurring() ? expandSeries(series, originalStart, until) : List.<Occurrence>of())
                .stream()
                        .filter(occurrence -> occurrence.recurring()
                                && CalendarItem.originalStart(occurrence).equals(originalStart))
                        .findFirst()
                        .map(occurrence -> CalendarItem.appearance(owner.address(), series, occurrence))
                        .or(() -> override(series, originalStart, owner))
                        .orElseThrow(() -> new Refusal(
                                Reason.ITEM_NOT_FOUND,
                                "The series '" + series.subject() + "' has no occurrence starting " + originalStart
                                        + "."));
    }

    /** A modified occurrence may have moved out of its original time: it is found by its original start. */
    private Optional<CalendarItem> override(CalendarEvent series, Instant originalStart, Mailbox owner) {
        if (series.recurrence() == null || !series.recurrence().overrides().containsKey(originalStart)) {
            return Optional.empty();
        }
        CalendarEvent moved = series.recurrence().overrides().get(originalStart);
        return Optional.of(new CalendarItem(
                StoreObjectId.occurrence(owner.address(), series.uid(), originalStart),
                moved,
                series,
                moved.start(),
                moved.end(),
                originalStart,
                io.fedemu.protocol.ews.types.CalendarItemTypeType.EXCEPTION));
    }

    /** The series' occurrences in order of their original starts; InstanceIndex 1 is the first. */
    private CalendarItem nthOccurrence(CalendarItem series, int index, Mailbox owner) {
        if (!series.series().isRecurring()) {
            throw new Refusal(Reason.ITEM_NOT_FOUND, "The RecurringMasterId names a single item, not a series.");
        }
        Instant from = series.series().start().toInstant();
        Instant to = series.series().start().plusYears(INSTANCE_INDEX_YEARS).toInstant();
        List<Occurrence> occurrences = new ArrayList<>(expandSeries(series.series(), from, to));
        occurrences.sort(Comparator.comparing(CalendarItem::originalStart));
        if (index < 1 || index > occurrences.size()) {
            throw new Refusal(
                    Reason.OCCURRENCE_INDEX_OUT_OF_RANGE,
                    "InstanceIndex " + index + " is outside the series' " + occurrences.size() + " occurrences"
                            + " (within " + INSTANCE_INDEX_YEARS + " years of its start).");
        }
        return CalendarItem.appearance(owner.address(), series.series(), occurrences.get(index - 1));
    }

    private List<Occurrence> expandSeries(CalendarEvent series, Instant from, Instant to) {
        return expand(List.of(series), from, to);
    }

    private static Optional<CalendarEvent> master(List<CalendarEvent> events, String uid) {
        return events.stream().filter(event -> event.uid().equals(uid)).findFirst();
    }
}
