package io.fedemu.protocol.faults;

import java.util.List;

/**
 * An organization misbehaving on purpose, as a role (everyone who calls it sees the fault) and on its
 * outbound links (only its own calls to the gateway or to one partner see it). Absent fields mean "no fault".
 *
 * @param down               connections to its EWS and Autodiscover endpoints are dropped without an answer;
 *                           {@code /admin} stays reachable so the fault can be cleared
 * @param delayMillis        every answer outside {@code /admin} is held back this long
 * @param clockOffsetSeconds its clock runs this far ahead (negative: behind)
 * @param links              faults on its calls to the gateway or to a partner
 * @param downServers        servers of the organization that are down (stopped listening), by name
 * @param expiredSmtpCertificate its SMTP certificate is swapped for an expired one (hybrid mail, issue 15)
 */
public record TenantFaults(
        Boolean down,
        Long delayMillis,
        Long clockOffsetSeconds,
        List<LinkFault> links,
        List<String> downServers,
        Boolean expiredSmtpCertificate) {

    public static final TenantFaults NONE = new TenantFaults(false, 0L, 0L, List.of(), List.of(), false);

    /** Faults of the organization, its links and its servers; its SMTP certificate valid. */
    public TenantFaults(
            Boolean down, Long delayMillis, Long clockOffsetSeconds, List<LinkFault> links, List<String> downServers) {
        this(down, delayMillis, clockOffsetSeconds, links, downServers, false);
    }

    /** Faults of the organization as a whole and of its links; no server down. */
    public TenantFaults(Boolean down, Long delayMillis, Long clockOffsetSeconds, List<LinkFault> links) {
        this(down, delayMillis, clockOffsetSeconds, links, List.of());
    }

    public TenantFaults {
        downServers = downServers == null ? List.of() : List.copyOf(downServers);
        expiredSmtpCertificate = expiredSmtpCertificate != null && expiredSmtpCertificate;
        down = down != null && down;
        delayMillis = delayMillis == null ? 0L : delayMillis;
        clockOffsetSeconds = clockOffsetSeconds == null ? 0L : clockOffsetSeconds;
        links = links == null ? List.of() : List.copyOf(links);
    }

    public boolean any() {
        return !equals(NONE);
    }
}
