package io.fedemu.tenant.ews.mailbox;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * What an EWS id names in a mailbox: its calendar folder, a calendar item, or one occurrence of a series. Its MAPI
 * entry id is the binary form every id format is written from (PROTOCOL.md section 16): a folder's is 46 bytes (flags,
 * the store's provider UID, type 0x0001, the folder's database GUID and global counter, padding), an item's 70 (type
 * 0x0007, the parent folder's and then its own GUID and counter). fedemu's mailbox GUID stands for the store and the
 * database; an item's counter is the first 6 bytes of the SHA-256 of its iCalendar UID, so the id is found again by
 * looking at the mailbox's items, never stored.
 *
 * @param mailbox    the mailbox's GUID ({@link #mailboxGuid(String)})
 * @param itemKey    the item's 48-bit global counter, or -1 for the calendar folder
 * @param occurrence the original start of one occurrence of a series, or null
 */
public record StoreObjectId(UUID mailbox, long itemKey, Instant occurrence) {
    static final int FOLDER_ENTRY_ID_LENGTH = 46;
    static final int ITEM_ENTRY_ID_LENGTH = 70;
    private static final short FOLDER_TYPE = 0x0001;
    private static final short MESSAGE_TYPE = 0x0007;
    /** The calendar folder's global counter in every fedemu mailbox. */
    private static final long CALENDAR_COUNTER = 0x0000_0000_000EL;

    public StoreObjectId {
        Objects.requireNonNull(mailbox, "mailbox");
        if (itemKey < -1 || itemKey > 0xFFFF_FFFF_FFFFL) {
            throw new IllegalArgumentException("an item key is 48 bits");
        }
        if (itemKey == -1 && occurrence != null) {
            throw new IllegalArgumentException("a folder has no occurrences");
        }
    }

    /** The mailbox's calendar folder. */
    public static StoreObjectId calendar(String mailboxAddress) {
        return new StoreObjectId(mailboxGuid(mailboxAddress), -1, null);
    }

    /** A calendar item (a single item or a series' master). */
    public static StoreObjectId item(String mailboxAddress, String uid) {
        return new StoreObjectId(mailboxGuid(mailboxAddress), itemKey(uid), null);
    }

    /** One occurrence of the series {@code uid}, named by its original start. */
    public static StoreObjectId occurrence(String mailboxAddress, String uid, Instant originalStart) {
        return new StoreObjectId(mailboxGuid(mailboxAddress), itemKey(uid), Objects.requireNonNull(originalStart));
    }

    /** A mailbox's GUID, the same on every start: derived from its primary SMTP address. */
    public static UUID mailboxGuid(String primarySmtpAddress) {
        return UUID.nameUUIDFromBytes(
                ("fedemu mailbox " + primarySmtpAddress.toLowerCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8));
    }

    /** The 48-bit counter that stands for an item: the first 6 bytes of the SHA-256 of its UID. */
    public static long itemKey(String uid) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(uid.getBytes(StandardCharsets.UTF_8));
            long key = 0;
            for (int i = 0; i < 6; i++) {
                key = (key << 8) | (hash[i] & 0xFF);
            }
            return key;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public boolean isFolder() {
        return itemKey == -1;
    }

    public boolean isOccurrence() {
        return occurrence != null;
    }

    /** The series' master this occurrence belongs to; the id itself when it names no occurrence. */
    public StoreObjectId master() {
        return new StoreObjectId(mailbox, itemKey, null);
    }

    /** The MAPI entry id: names the item, never one occurrence (MAPI has no entry id for an occurrence). */
    public byte[] entryId() {
        ByteBuffer entry = ByteBuffer.allocate(isFolder() ? FOLDER_ENTRY_ID_LENGTH : ITEM_ENTRY_ID_LENGTH)
                .order(ByteOrder.LITTLE_ENDIAN);
        entry.putInt(0); // flags
        putGuid(entry, mailbox); // the store's provider UID
        entry.putShort(isFolder() ? FOLDER_TYPE : MESSAGE_TYPE);
        putGuid(entry, mailbox); // the folder's database GUID
        putCounter(entry, CALENDAR_COUNTER);
        entry.putShort((short) 0);
        if (!isFolder()) {
            putGuid(entry, mailbox);
            putCounter(entry, itemKey);
            entry.putShort((short) 0);
        }
        return entry.array();
    }

    /**
     * Reads a MAPI entry id back; {@code occurrence} is carried beside it (an EwsId's), never inside.
     *
     * @throws IllegalArgumentException if the bytes are no fedemu folder or item entry id
     */
    public static StoreObjectId fromEntryId(byte[] bytes, Instant occurrence) {
        if (bytes.length != FOLDER_ENTRY_ID_LENGTH && bytes.length != ITEM_ENTRY_ID_LENGTH) {
            throw new IllegalArgumentException("an entry id is 46 (folder) or 70 (item) bytes, not " + bytes.length);
        }
        ByteBuffer entry = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        boolean folder = bytes.length == FOLDER_ENTRY_ID_LENGTH;
        if (entry.getInt() != 0) {
            throw new IllegalArgumentException("an entry id's flags are 0");
        }
        UUID store = getGuid(entry);
        if (entry.getShort() != (folder ? FOLDER_TYPE : MESSAGE_TYPE)) {
            throw new IllegalArgumentException("the entry id's type does not fit its length");
        }
        if (!store.equals(getGuid(entry)) || getCounter(entry) != CALENDAR_COUNTER || entry.getShort() != 0) {
            throw new IllegalArgumentException("the entry id names no calendar folder of its store");
        }
        if (folder) {
            if (occurrence != null) {
                throw new IllegalArgumentException("a folder has no occurrences");
            }
            return new StoreObjectId(store, -1, null);
        }
        if (!store.equals(getGuid(entry))) {
            throw new IllegalArgumentException("the item's database is not its store's");
        }
        long key = getCounter(entry);
        if (entry.getShort() != 0) {
            throw new IllegalArgumentException("the entry id's padding is not 0");
        }
        return new StoreObjectId(store, key, occurrence);
    }

    private static void putGuid(ByteBuffer buffer, UUID guid) {
        buffer.order(ByteOrder.BIG_ENDIAN)
                .putLong(guid.getMostSignificantBits())
                .putLong(guid.getLeastSignificantBits());
        buffer.order(ByteOrder.LITTLE_ENDIAN);
    }

    private static UUID getGuid(ByteBuffer buffer) {
        buffer.order(ByteOrder.BIG_ENDIAN);
        UUID guid = new UUID(buffer.getLong(), buffer.getLong());
        buffer.order(ByteOrder.LITTLE_ENDIAN);
        return guid;
    }

    /** A global counter: 6 bytes, most significant first, as Exchange writes GLOBCNT. */
    private static void putCounter(ByteBuffer buffer, long counter) {
        for (int shift = 40; shift >= 0; shift -= 8) {
            buffer.put((byte) (counter >>> shift));
        }
    }

    private static long getCounter(ByteBuffer buffer) {
        long counter = 0;
        for (int i = 0; i < 6; i++) {
            counter = (counter << 8) | (buffer.get() & 0xFF);
        }
        return counter;
    }

    @Override
    public String toString() {
        return "StoreObjectId[" + mailbox + (isFolder() ? ", calendar" : ", " + Long.toHexString(itemKey))
                + (occurrence == null ? "" : ", occurrence " + occurrence) + "]";
    }
}
