package io.fedemu.dns;

import io.fedemu.protocol.dns.DnsRecordInfo;
import io.fedemu.protocol.reason.Reason;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * A {@link DnsRecordInfo} as dnsjava's {@link Record} and back. Every field is checked here, before anything
 * changes, so a refusal names the field and leaves the zones as they were. Values are read in zone-file form;
 * the checks are fedemu's own (not dnsjava's parser), so each failure has its reason.
 */
public final class RecordValues {
    /** The TTL a record gets when none is given: an hour, as DNS hosting consoles default to. */
    public static final int DEFAULT_TTL = 3600;

    /** A week: longer TTLs only make a teaching lab's changes slower to show. */
    public static final int MAX_TTL = 604_800;

    /** RFC 1035 section 3.3: a character-string is at most 255 octets. */
    public static final int MAX_TXT_STRING = 255;

    /** All strings of one TXT record together; fits a UDP answer with EDNS. */
    public static final int MAX_TXT_TOTAL = 4000;

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern MX = Pattern.compile("(\\d{1,5})\\s+(\\S+)");
    private static final Pattern SRV = Pattern.compile("(\\d{1,5})\\s+(\\d{1,5})\\s+(\\d{1,5})\\s+(\\S+)");

    private RecordValues() {}

    /** The record, checked; {@code DnsRefusedException} names the first field that is wrong. */
    public static Record toRecord(DnsRecordInfo info) {
        if (info == null) {
            throw new DnsRefusedException(Reason.REQUEST_INVALID, "the body must be a record: name, type, value");
        }
        Name name = name(info.name(), "name");
        String type = type(info.type());
        long ttl = ttl(info.ttl());
        String value = info.value() == null ? "" : info.value().trim();
        if (value.isEmpty()) {
            throw malformed(type, "is missing");
        }
        String rdata = switch (type) {
            case "A" -> address(value);
            case "CNAME" -> host(value, "value").toString();
            case "MX" -> mx(value);
            case "SRV" -> srv(value);
            default -> txt(value);
        };
        try {
            return Record.fromString(name, Type.value(type), DClass.IN, ttl, rdata, Name.root);
        } catch (IOException e) {
            throw malformed(type, "cannot be read: " + e.getMessage());
        }
    }

    /** The record as the admin API lists it: lower-case name without the final dot, data in zone-file form. */
    public static DnsRecordInfo toInfo(Record record) {
        // TXT strings always quoted (dnsjava quotes only those with spaces): the value reads back as the same
        // strings, where an unquoted text would be taken for one text.
        String value = record instanceof TXTRecord txt ? quote(txt.getStrings()) : record.rdataToString();
        return new DnsRecordInfo(text(record.getName()), Type.string(record.getType()), value, (int) record.getTTL());
    }

    /** A name as the admin API shows it: lower case, no final dot. */
    public static String text(Name name) {
        String text = name.toString(true).toLowerCase(Locale.ROOT);
        return text.isEmpty() ? "." : text;
    }

    /**
     * A DNS name from its text, with or without the final dot, in any case; at most 253 characters, labels of at
     * most 63 of letters, digits, '-' and '_' ({@code _autodiscover._tcp}).
     *
     * @param field the field it came from, for the refusal
     */
    public static Name name(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new DnsRefusedException(Reason.DNS_NAME_INVALID, field + " is missing");
        }
        String canonical = text.trim().toLowerCase(Locale.ROOT);
        if (canonical.endsWith(".")) {
            canonical = canonical.substring(0, canonical.length() - 1);
        }
        if (canonical.length() > 253) {
            throw new DnsRefusedException(
                    Reason.DNS_NAME_INVALID, field + " is " + canonical.length() + " characters long; at most 253");
        }
        for (String label : canonical.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                throw new DnsRefusedException(
                        Reason.DNS_NAME_INVALID,
                        field + " '" + shorten(text) + "' has the label '" + shorten(label)
                                + "'; labels are 1 to 63 letters, digits, '-' or '_'");
            }
        }
        try {
            return Name.fromString(canonical + ".");
        } catch (TextParseException e) {
            throw new DnsRefusedException(
                    Reason.DNS_NAME_INVALID, field + " '" + shorten(text) + "': " + e.getMessage());
        }
    }

    /** The type, upper case; only the five the emulated DNS serves. */
    public static String type(String text) {
        String type = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (!DnsRecordInfo.TYPES.contains(type)) {
            throw new DnsRefusedException(
                    Reason.DNS_RECORD_TYPE_UNSUPPORTED,
                    "type '" + shorten(text) + "' is not one of " + DnsRecordInfo.TYPES);
        }
        return type;
    }

    private static long ttl(Integer ttl) {
        if (ttl == null) {
            return DEFAULT_TTL;
        }
        if (ttl < 0 || ttl > MAX_TTL) {
            throw new DnsRefusedException(
                    Reason.REQUEST_INVALID, "ttl must be 0 to " + MAX_TTL + " seconds, not " + ttl);
        }
        return ttl;
    }

    private static String address(String value) {
        Matcher matcher = IPV4.matcher(value);
        boolean valid = matcher.matches();
        for (int i = 1; valid && i <= 4; i++) {
            valid = Integer.parseInt(matcher.group(i)) <= 255;
        }
        if (!valid) {
            throw malformed("A", "'" + shorten(value) + "' is not an IPv4 address such as 127.0.0.1");
        }
        return value;
    }

    private static Name host(String value, String field) {
        try {
            return name(value, field);
        } catch (DnsRefusedException e) {
            throw new DnsRefusedException(Reason.DNS_RECORD_VALUE_MALFORMED, e.getMessage());
        }
    }

    private static String mx(String value) {
        Matcher matcher = MX.matcher(value);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) > 65_535) {
            throw malformed(
                    "MX", "'" + shorten(value) + "' is not '<preference 0-65535> <host>', e.g. '10 mail.contoso.com.'");
        }
        return matcher.group(1) + " " + host(matcher.group(2), "value's host");
    }

    private static String srv(String value) {
        Matcher matcher = SRV.matcher(value);
        boolean valid = matcher.matches();
        for (int i = 1; valid && i <= 3; i++) {
            valid = Integer.parseInt(matcher.group(i)) <= 65_535;
        }
        if (!valid) {
            throw malformed(
                    "SRV",
                    "'" + shorten(value)
                            + "' is not '<priority> <weight> <port> <target>' (each number 0-65535), e.g. '0 0 443 "
                            + "autodiscover.contoso.com.'");
        }
        return matcher.group(1) + " " + matcher.group(2) + " " + matcher.group(3) + " "
                + host(matcher.group(4), "value's target");
    }

    /** Quoted strings as written; unquoted text is one text, split into strings of 255 characters. */
    private static String txt(String value) {
        List<String> strings = value.startsWith("\"") ? quoted(value) : split(value);
        int total = 0;
        for (String string : strings) {
            if (string.length() > MAX_TXT_STRING) {
                throw new DnsRefusedException(
                        Reason.DNS_TXT_STRING_TOO_LONG,
                        "value has a string of " + string.length() + " characters; at most " + MAX_TXT_STRING
                                + " each");
            }
            for (char c : string.toCharArray()) {
                if (c < 0x20 || c > 0x7e) {
                    throw malformed("TXT", "has a character that is not printable ASCII");
                }
            }
            total += string.length();
        }
        if (total > MAX_TXT_TOTAL) {
            throw new DnsRefusedException(
                    Reason.DNS_TXT_STRING_TOO_LONG,
                    "value is " + total + " characters in all; at most " + MAX_TXT_TOTAL);
        }
        return quote(strings);
    }

    private static String quote(List<String> strings) {
        StringBuilder rdata = new StringBuilder();
        for (String string : strings) {
            if (rdata.length() > 0) {
                rdata.append(' ');
            }
            rdata.append('"')
                    .append(string.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return rdata.toString();
    }

    private static List<String> split(String value) {
        List<String> strings = new ArrayList<>();
        for (int start = 0; start < value.length(); start += MAX_TXT_STRING) {
            strings.add(value.substring(start, Math.min(value.length(), start + MAX_TXT_STRING)));
        }
        return strings;
    }

    /** {@code "a" "b"}: strings in double quotes, separated by spaces, with \" and \\ inside. */
    private static List<String> quoted(String value) {
        List<String> strings = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            if (Character.isWhitespace(value.charAt(i))) {
                i++;
                continue;
            }
            if (value.charAt(i) != '"') {
                throw malformed("TXT", "has text outside the quotes of its strings");
            }
            StringBuilder string = new StringBuilder();
            i++;
            boolean closed = false;
            while (i < value.length()) {
                char c = value.charAt(i++);
                if (c == '\\' && i < value.length()) {
                    string.append(value.charAt(i++));
                } else if (c == '"') {
                    closed = true;
                    break;
                } else {
                    string.append(c);
                }
            }
            if (!closed) {
                throw malformed("TXT", "has a string without its closing quote");
            }
            strings.add(string.toString());
        }
        return strings;
    }

    /** The text of a TXT record: its strings joined, as SPF and the federation proof read it. */
    public static String joined(TXTRecord record) {
        return String.join("", record.getStrings());
    }

    private static DnsRefusedException malformed(String type, String problem) {
        return new DnsRefusedException(Reason.DNS_RECORD_VALUE_MALFORMED, type + " value " + problem);
    }

    static String shorten(String value) {
        if (value == null) {
            return "";
        }
        String printable = value.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "...";
    }
}
