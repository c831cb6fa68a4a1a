package io.fedemu.client.verify;

import java.util.Collection;
import java.util.Locale;

/** Domain matching as Exchange does it: exact and case-insensitive (PROTOCOL.md section 4). */
final class Domains {
    private Domains() {}

    static String of(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }

    static boolean contains(Collection<String> domains, String domain) {
        return domains != null && domains.stream().anyMatch(d -> d != null && d.equalsIgnoreCase(domain));
    }
}
