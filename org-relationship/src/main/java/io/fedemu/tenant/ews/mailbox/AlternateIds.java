package io.fedemu.tenant.ews.mailbox;

import io.fedemu.protocol.ews.types.IdFormatType;
import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/**
 * The id formats Exchange converts between (ConvertId), all written from one {@link StoreObjectId} (PROTOCOL.md
 * section 16):
 *
 * <ul>
 *   <li>EwsId: base64 of {@code 00} (not compressed), {@code 03} (mailbox-GUID based), the GUID as text with a 16-bit
 *       length, a processing instruction ({@code 00} an item, {@code 01} an occurrence), the entry id with a 16-bit
 *       length and, for an occurrence, its original start as a FILETIME: the layout of Exchange 2010 and later's
 *       "AAMkA..." ids.
 *   <li>EwsLegacyId: the same with {@code 00} (SMTP-address based) and the mailbox's primary SMTP address as the
 *       moniker, as Exchange 2007 wrote them.
 *   <li>EntryId and HexEntryId: the MAPI entry id, base64 or upper-case hex.
 *   <li>StoreId: the entry id with a length byte before it and the object's type after it (01 folder, 09 item);
 *       OwaId: the same, URL-encoded, as Outlook Web App 2007 put it in its URLs.
 * </ul>
 *
 * The MAPI forms name an item, never one occurrence: converting an occurrence's EwsId to them names its series.
 */
public final class AlternateIds {
    private static final byte NOT_COMPRESSED = 0x00;
    private static final byte MAILBOX_GUID_BASED = 0x03;
    private static final byte SMTP_ADDRESS_BASED = 0x00;
    private static final byte ITEM = 0x00;
    private static final byte OCCURRENCE = 0x01;
    private static final byte STORE_FOLDER = 0x01;
    private static final byte STORE_ITEM = 0x09;
    /** Seconds from 1601-01-01 (FILETIME's epoch) to 1970-01-01. */
    private static final long FILETIME_EPOCH_OFFSET = 11_644_473_600L;

    private AlternateIds() {}

    /** {@code id} in {@code format}; {@code primarySmtpAddress} is the mailbox's (the legacy moniker). */
    public static String write(StoreObjectId id, IdFormatType format, String primarySmtpAddress) {
        return switch (format) {
            case EWS_ID -> ews(id, MAILBOX_GUID_BASED, id.mailbox().toString());
            case EWS_LEGACY_ID -> ews(id, SMTP_ADDRESS_BASED, primarySmtpAddress.toLowerCase(Locale.ROOT));
            case ENTRY_ID -> Base64.getEncoder().encodeToString(id.entryId());
            case HEX_ENTRY_ID -> HexFormat.of().withUpperCase().formatHex(id.entryId());
            case STORE_ID -> Base64.getEncoder().encodeToString(storeId(id));
            case OWA_ID ->
                URLEncoder.encode(Base64.getEncoder().encodeToString(storeId(id)), StandardCharsets.US_ASCII);
        };
    }

    /** The EwsId of {@code id}: what FindItem and GetItem answer. */
    public static String ewsId(StoreObjectId id) {
        return write(id, IdFormatType.EWS_ID, "");
    }

    /**
     * Reads {@code text} as an id of {@code format}.
     *
     * @throws MalformedIdException if it is none, with what is wrong
     */
    public static Read read(String text, IdFormatType format) {
        try {
            return switch (format) {
                case EWS_ID, EWS_LEGACY_ID -> ews(base64(text), format);
                case ENTRY_ID -> new Read(StoreObjectId.fromEntryId(base64(text), null), null);
                case HEX_ENTRY_ID -> new Read(StoreObjectId.fromEntryId(hex(text), null), null);
                case STORE_ID -> new Read(fromStoreId(base64(text)), null);
                case OWA_ID -> new Read(fromStoreId(base64(urlDecoded(text))), null);
            };
        } catch (java.nio.BufferUnderflowException e) {
            throw new MalformedIdException(
                    "'" + shorten(text) + "' is not an " + format.value() + ": it ends too early.", format);
        } catch (IllegalArgumentException e) {
            // Only this class's and StoreObjectId's own words get here: the decoders' are replaced below.
            throw new MalformedIdException(
                    "'" + shorten(text) + "' is not an " + format.value() + ": " + e.getMessage() + ".", format);
        }
    }

    /**
     * An id as read: what it names and, for an EwsLegacyId, the SMTP address it carries (the store GUID is then
     * derived from it).
     */
    public record Read(StoreObjectId id, String legacyMailbox) {}

    /** Thrown when an id is not one of the format it claims. */
    public static final class MalformedIdException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final transient IdFormatType format;

        MalformedIdException(String message, IdFormatType format) {
            super(message);
            this.format = format;
        }

        public IdFormatType format() {
            return format;
        }
    }

    private static String ews(StoreObjectId id, byte storage, String moniker) {
        byte[] monikerBytes = moniker.getBytes(StandardCharsets.US_ASCII);
        byte[] entry = id.entryId();
        ByteBuffer bytes = ByteBuffer.allocate(2 + 2 + monikerBytes.length + 1 + 2 + entry.length + 8)
                .order(ByteOrder.LITTLE_ENDIAN);
        bytes.put(NOT_COMPRESSED).put(storage);
        bytes.putShort((short) monikerBytes.length).put(monikerBytes);
        bytes.put(id.isOccurrence() ? OCCURRENCE : ITEM);
        bytes.putShort((short) entry.length).put(entry);
        if (id.isOccurrence()) {
            bytes.putLong(fileTime(id.occurrence()));
        }
        return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(bytes.array(), bytes.position()));
    }

    private static Read ews(byte[] raw, IdFormatType format) {
        ByteBuffer bytes = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.get() != NOT_COMPRESSED) {
            throw new IllegalArgumentException("fedemu writes its ids uncompressed");
        }
        byte storage = bytes.get();
        byte expected = format == IdFormatType.EWS_ID ? MAILBOX_GUID_BASED : SMTP_ADDRESS_BASED;
        if (storage != expected) {
            throw new IllegalArgumentException(
                    storage == SMTP_ADDRESS_BASED
                            ? "it is an EwsLegacyId (SMTP-address based)"
                            : storage == MAILBOX_GUID_BASED
                                    ? "it is an EwsId (mailbox-GUID based)"
                                    : "its storage type " + storage + " names no mailbox item");
        }
        byte[] moniker = new byte[Short.toUnsignedInt(bytes.getShort())];
        bytes.get(moniker);
        String monikerText = new String(moniker, StandardCharsets.US_ASCII);
        byte instruction = bytes.get();
        if (instruction != ITEM && instruction != OCCURRENCE) {
            throw new IllegalArgumentException("processing instruction " + instruction + " is unknown");
        }
        byte[] entry = new byte[Short.toUnsignedInt(bytes.getShort())];
        bytes.get(entry);
        Instant occurrence = instruction == OCCURRENCE ? instant(bytes.getLong()) : null;
        if (bytes.hasRemaining()) {
            throw new IllegalArgumentException("bytes follow the entry id");
        }
        StoreObjectId id = StoreObjectId.fromEntryId(entry, occurrence);
        UUID store = storage == MAILBOX_GUID_BASED ? guid(monikerText) : StoreObjectId.mailboxGuid(monikerText);
        if (!store.equals(id.mailbox())) {
            throw new IllegalArgumentException("its moniker names another store than its entry id");
        }
        return new Read(id, storage == SMTP_ADDRESS_BASED ? monikerText : null);
    }

    private static byte[] storeId(StoreObjectId id) {
        byte[] entry = id.entryId();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(entry.length);
        bytes.writeBytes(entry);
        bytes.write(id.isFolder() ? STORE_FOLDER : STORE_ITEM);
        return bytes.toByteArray();
    }

    private static StoreObjectId fromStoreId(byte[] raw) {
        if (raw.length < 2 || Byte.toUnsignedInt(raw[0]) != raw.length - 2) {
            throw new IllegalArgumentException("its length byte does not fit");
        }
        byte[] entry = java.util.Arrays.copyOfRange(raw, 1, raw.length - 1);
        StoreObjectId id = StoreObjectId.fromEntryId(entry, null);
        if (raw[raw.length - 1] != (id.isFolder() ? STORE_FOLDER : STORE_ITEM)) {
            throw new IllegalArgumentException("its object type does not fit its entry id");
        }
        return id;
    }

    private static long fileTime(Instant instant) {
        return (instant.getEpochSecond() + FILETIME_EPOCH_OFFSET) * 10_000_000L + instant.getNano() / 100;
    }

    private static Instant instant(long fileTime) {
        return Instant.ofEpochSecond(fileTime / 10_000_000L - FILETIME_EPOCH_OFFSET, (fileTime % 10_000_000L) * 100);
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it is not base64");
        }
    }

    private static byte[] hex(String text) {
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it is not an even number of hexadecimal digits");
        }
    }

    private static String urlDecoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("it is not URL-encoded");
        }
    }

    private static UUID guid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("its moniker is no mailbox GUID");
        }
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }
}
