package io.fedemu.tenant.ews.mailbox;

import io.fedemu.protocol.ews.types.CalendarItemType;
import io.fedemu.protocol.ews.types.DefaultShapeNamesType;
import io.fedemu.protocol.ews.types.EmailAddressType;
import io.fedemu.protocol.ews.types.FolderIdType;
import io.fedemu.protocol.ews.types.ImportanceChoicesType;
import io.fedemu.protocol.ews.types.ItemIdType;
import io.fedemu.protocol.ews.types.ItemResponseShapeType;
import io.fedemu.protocol.ews.types.LegacyFreeBusyType;
import io.fedemu.protocol.ews.types.MailboxTypeType;
import io.fedemu.protocol.ews.types.PathToUnindexedFieldType;
import io.fedemu.protocol.ews.types.ResponseTypeType;
import io.fedemu.protocol.ews.types.SensitivityChoicesType;
import io.fedemu.protocol.ews.types.SingleRecipientType;
import io.fedemu.tenant.availability.WindowsTimeZones;
import io.fedemu.tenant.calendar.BusyType;
import io.fedemu.tenant.calendar.CalendarEvent;
import io.fedemu.tenant.directory.Mailbox;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * Writes a {@link CalendarItem} as a t:CalendarItem in the shape asked (PROTOCOL.md section 16): IdOnly is the
 * ItemId and the AdditionalProperties named; Default and AllProperties are every property a fedemu item has. Times
 * are UTC with their Z, as Exchange writes them whatever TimeZoneContext says.
 */
final class CalendarItems {
    private final Mailbox owner;
    private final boolean workingElsewhereKnown;

    /**
     * @param owner                 the mailbox whose calendar it is (the organizer of every item in it)
     * @param workingElsewhereKnown whether the request's version has WorkingElsewhere (Exchange2013 and later);
     *                              else such an item shows as Free, as in free/busy
     */
    CalendarItems(Mailbox owner, boolean workingElsewhereKnown) {
        this.owner = owner;
        this.workingElsewhereKnown = workingElsewhereKnown;
    }

    /** The properties a shape asks for: every one, or those its AdditionalProperties name. */
    record Shape(boolean all, Set<String> fieldUris) {
        static Shape of(ItemResponseShapeType shape) {
            Set<String> uris = new HashSet<>();
            if (shape.getAdditionalProperties() != null) {
                shape.getAdditionalProperties()
                        .getFieldURIOrIndexedFieldURIOrExtendedFieldURI()
                        .forEach(path -> {
                            if (path instanceof PathToUnindexedFieldType field) {
                                uris.add(field.getFieldURI());
                            }
                        });
            }
            return new Shape(shape.getBaseShape() != DefaultShapeNamesType.ID_ONLY, Set.copyOf(uris));
        }

        boolean has(String fieldUri) {
            return all || fieldUris.contains(fieldUri);
        }
    }

    CalendarItemType write(CalendarItem item, Shape shape) {
        CalendarEvent details = item.details();
        CalendarItemType wire = new CalendarItemType();
        ItemIdType id = new ItemIdType();
        id.setId(AlternateIds.ewsId(item.id()));
        id.setChangeKey(changeKey(item));
        wire.setItemId(id);
        if (shape.has("item:ParentFolderId")) {
            FolderIdType folder = new FolderIdType();
            folder.setId(AlternateIds.ewsId(StoreObjectId.calendar(owner.address())));
            wire.setParentFolderId(folder);
        }
        if (shape.has("item:ItemClass")) {
            wire.setItemClass("IPM.Appointment");
        }
        if (shape.has("item:Subject")) {
            wire.setSubject(details.subject());
        }
        if (shape.has("item:Sensitivity")) {
            wire.setSensitivity(details.isPrivate() ? SensitivityChoicesType.PRIVATE : SensitivityChoicesType.NORMAL);
        }
        if (shape.has("item:Importance")) {
            wire.setImportance(ImportanceChoicesType.NORMAL);
        }
        if (shape.has("item:ReminderIsSet")) {
            wire.setReminderIsSet(details.isReminderSet());
        }
        if (shape.has("item:HasAttachments")) {
            wire.setHasAttachments(false);
        }
        if (shape.has("item:IsAssociated")) {
            wire.setIsAssociated(false);
        }
        if (shape.has("calendar:UID")) {
            wire.setUID(item.series().uid());
        }
        if (shape.has("calendar:Start")) {
            wire.setStart(Xml.utc(item.start().toInstant()));
        }
        if (shape.has("calendar:End")) {
            wire.setEnd(Xml.utc(item.end().toInstant()));
        }
        if (item.originalStart() != null && shape.has("calendar:OriginalStart")) {
            wire.setOriginalStart(Xml.utc(item.originalStart()));
        }
        if (shape.has("calendar:IsAllDayEvent")) {
            wire.setIsAllDayEvent(details.allDay());
        }
        if (shape.has("calendar:LegacyFreeBusyStatus")) {
            wire.setLegacyFreeBusyStatus(busy(details.busyType()));
        }
        if (shape.has("calendar:Location")) {
            wire.setLocation(details.location());
        }
        if (shape.has("calendar:IsMeeting")) {
            wire.setIsMeeting(details.isMeeting());
        }
        if (shape.has("calendar:IsCancelled")) {
            wire.setIsCancelled(false);
        }
        if (shape.has("calendar:IsRecurring")) {
            wire.setIsRecurring(item.series().isRecurring());
        }
        if (shape.has("calendar:CalendarItemType")) {
            wire.setCalendarItemType(item.kind());
        }
        if (shape.has("calendar:MyResponseType")) {
            // fedemu's items are the owner's own: the owner organized them.
            wire.setMyResponseType(ResponseTypeType.ORGANIZER);
        }
        if (shape.has("calendar:Organizer")) {
            wire.setOrganizer(organizer());
        }
        if (shape.has("calendar:Duration")) {
            wire.setDuration(
                    Xml.duration(Duration.between(item.start(), item.end()).getSeconds())
                            .toString());
        }
        if (shape.has("calendar:TimeZone")) {
            wire.setTimeZone(zoneName(item));
        }
        if (shape.has("calendar:AppointmentState")) {
            // 1 (Meeting) for a meeting its owner organized, 0 for an appointment.
            wire.setAppointmentState(details.isMeeting() ? 1 : 0);
        }
        return wire;
    }

    private LegacyFreeBusyType busy(BusyType type) {
        if (type == BusyType.WORKING_ELSEWHERE && !workingElsewhereKnown) {
            return LegacyFreeBusyType.FREE;
        }
        return switch (type) {
            case FREE -> LegacyFreeBusyType.FREE;
            case TENTATIVE -> LegacyFreeBusyType.TENTATIVE;
            case BUSY -> LegacyFreeBusyType.BUSY;
            case OOF -> LegacyFreeBusyType.OOF;
            case WORKING_ELSEWHERE -> LegacyFreeBusyType.WORKING_ELSEWHERE;
            case NO_DATA -> LegacyFreeBusyType.NO_DATA;
        };
    }

    private SingleRecipientType organizer() {
        EmailAddressType mailbox = new EmailAddressType();
        mailbox.setName(owner.displayName());
        mailbox.setEmailAddress(owner.address());
        mailbox.setRoutingType("SMTP");
        mailbox.setMailboxType(MailboxTypeType.MAILBOX);
        SingleRecipientType organizer = new SingleRecipientType();
        organizer.setMailbox(mailbox);
        return organizer;
    }

    /** The item's zone by its Windows name, as Exchange names it; the IANA id where Windows has none. */
    private static String zoneName(CalendarItem item) {
        return WindowsTimeZones.toWindowsId(item.start().getZone())
                .flatMap(WindowsZoneYears::of)
                .map(WindowsZoneYears::name)
                .orElse(item.start().getZone().getId());
    }

    /**
     * Exchange's change key form: a 4-byte kind, the 22-byte change number's length and the change number (the
     * store's GUID and a counter). The counter here comes from the item's content, so it changes when the item does.
     */
    private static String changeKey(CalendarItem item) {
        ByteBuffer key = ByteBuffer.allocate(8 + 16 + 6).order(ByteOrder.LITTLE_ENDIAN);
        key.putInt(0x0F).putInt(22);
        key.order(ByteOrder.BIG_ENDIAN)
                .putLong(item.id().mailbox().getMostSignificantBits())
                .putLong(item.id().mailbox().getLeastSignificantBits());
        key.put(sha256(item.series().toString() + item.details()), 0, 6);
        return Base64.getEncoder().encodeToString(key.array());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
