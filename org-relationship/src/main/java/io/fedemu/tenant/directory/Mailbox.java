package io.fedemu.tenant.directory;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A mailbox hosted by this tenant. Its calendar data lives elsewhere (calendar package); the directory keeps
 * what Exchange keeps on the user object: addresses, the Basic-auth password of the emulated user, the zone and
 * working hours, and the calendar's Default permission (PROTOCOL.md section 4).
 *
 * @param primarySmtpAddress the address responses are keyed by
 * @param proxyAddresses     further addresses that resolve to this mailbox (without "smtp:" prefix or with)
 */
public record Mailbox(
        String primarySmtpAddress,
        List<String> proxyAddresses,
        String displayName,
        String password,
        ZoneId timeZone,
        WorkingHours workingHours,
        DefaultPermission defaultPermission)
        implements Recipient {

    public Mailbox {
        primarySmtpAddress = Addresses.requireSmtp(primarySmtpAddress, "primary SMTP address");
        proxyAddresses = proxyAddresses.stream()
                .map(a -> Addresses.requireSmtp(stripPrefix(a), "proxy address"))
                .toList();
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(workingHours, "workingHours");
        Objects.requireNonNull(defaultPermission, "defaultPermission");
    }

    @Override
    public String address() {
        return primarySmtpAddress;
    }

    /** Primary first, then proxies. */
    public List<String> allAddresses() {
        return Stream.concat(Stream.of(primarySmtpAddress), proxyAddresses.stream())
                .toList();
    }

    private static String stripPrefix(String a) {
        return a.regionMatches(true, 0, "smtp:", 0, 5) ? a.substring(5) : a;
    }

    @Override
    public String toString() {
        // never print the password (it reaches logs and the journal through toString)
        return "Mailbox[" + primarySmtpAddress + ", " + displayName + "]";
    }
}
