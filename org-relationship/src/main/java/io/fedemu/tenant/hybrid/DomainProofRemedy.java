package io.fedemu.tenant.hybrid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The remedy for a missing proof of domain ownership: the TXT record Exchange's message names, as the {@code fedemu
 * add-dns-record} command that publishes it in the emulated DNS (a real administrator adds it at the domain's DNS
 * host).
 */
final class DomainProofRemedy {
    /** "... should be "contoso.com IN TXT <proof>"". */
    private static final Pattern RECORD = Pattern.compile("\"(\\S+) IN TXT ([^\"]+)\"");

    private DomainProofRemedy() {}

    /** The record's domain and proof, from Exchange's message; null when the message names none. */
    static String[] record(String message) {
        Matcher matcher = RECORD.matcher(message == null ? "" : message);
        return matcher.find() ? new String[] {matcher.group(1), matcher.group(2).trim()} : null;
    }

    static String of(String message) {
        String[] record = record(message);
        if (record == null) {
            return "publish the domain's TXT proof (get-federated-domain-proof) in DNS, then run the wizard again";
        }
        return "publish the TXT record at the domain's DNS host: fedemu add-dns-record --name " + record[0]
                + " --type TXT --value '" + record[1] + "', then run the wizard again";
    }
}
