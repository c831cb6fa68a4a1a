package io.fedemu.tenant.directory;

import java.util.Locale;

/** SMTP address handling shared by the directory records. Exchange matches addresses case-insensitively. */
final class Addresses {
    private Addresses() {}

    /** The lookup key of an address: trimmed, lower case, with an "smtp:" proxy prefix removed. */
    static String key(String address) {
        String a = address.trim();
        if (a.regionMatches(true, 0, "smtp:", 0, 5)) {
            a = a.substring(5);
        }
        return a.toLowerCase(Locale.ROOT);
    }

    static String requireSmtp(String address, String what) {
        String a = address == null ? "" : address.trim();
        int at = a.indexOf('@');
        if (at <= 0 || at != a.lastIndexOf('@') || at == a.length() - 1) {
            throw new IllegalArgumentException(what + " is not an SMTP address: '" + address + "'");
        }
        return a;
    }

    static String domainOf(String address) {
        return key(address).substring(key(address).indexOf('@') + 1);
    }
}
