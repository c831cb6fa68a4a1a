package io.fedemu.tenant.hybrid;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The remedy for a missing proof of domain ownership: the TXT record Exchange's message names, as the {@code fedemu
 * add-dns-record} command that publishes it in the emulated DNS (a real administrator adds it at the domain's DNS
 * host).
 */
public final class DomainProofRemedy {
    /** "... should be "contoso.com IN TXT <proof>"". */
    private static final Pattern RECORD = Pattern.compile("\"(\\S+) IN TXT ([^\"]+)\"");

    private DomainProofRemedy() {}

    /** A TXT record to publish: {@code name IN TXT value}. */
    public record TxtRecord(String name, String value) {}

    /** The record Exchange's message asks for, if it names one. */
    public static java.util.Optional<TxtRecord> record(String message) {
        Matcher matcher = RECORD.matcher(message == null ? "" : message);
        return matcher.find()
                ? java.util.Optional.of(
                        new TxtRecord(matcher.group(1), matcher.group(2).trim()))
                : java.util.Optional.empty();
    }

    static String of(String message) {
        return record(message)
                .map(r -> "publish the TXT record at the domain's DNS host: fedemu add-dns-record --name " + r.name()
                        + " --type TXT --value '" + r.value() + "', then run the wizard again")
                .orElse("publish the domain's TXT proof (get-federated-domain-proof) in DNS, then run the wizard "
                        + "again");
    }
}
