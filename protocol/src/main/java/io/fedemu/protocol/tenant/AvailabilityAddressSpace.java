package io.fedemu.protocol.tenant;

import java.util.Locale;

/**
 * An availability address space as Add- and Get-AvailabilityAddressSpace know it: where an Exchange 2007 server,
 * which cannot federate, sends the free/busy requests of its users for a domain outside the organization. With
 * AccessMethod {@code InternalProxy} it proxies them, as the service account, to the Exchange 2013 Client Access
 * server at {@code proxyUrl}, which makes the federated call on the user's behalf (PROTOCOL.md section 11).
 *
 * @param forestName        the domain it covers, and its identity: {@code contoso.mail.onmicrosoft.com}
 * @param accessMethod      {@code InternalProxy}, the one fedemu emulates
 * @param useServiceAccount true (absent means true): the 2007 server proxies as itself, carrying the user
 * @param proxyUrl          the 2013 Client Access server's EWS URL: {@code server:NAME/ews} for a server of the
 *                          organization, or a URL; kept as written, so a server's port is looked up at each request
 */
public record AvailabilityAddressSpace(
        String forestName, String accessMethod, Boolean useServiceAccount, String proxyUrl) {
    public static final String INTERNAL_PROXY = "InternalProxy";

    public AvailabilityAddressSpace {
        forestName = forestName == null ? null : forestName.trim().toLowerCase(Locale.ROOT);
        useServiceAccount = useServiceAccount == null || useServiceAccount;
        proxyUrl = proxyUrl == null ? null : proxyUrl.trim();
    }

    /** Whether this address space covers {@code domain} (the SMTP domain of a target, any case). */
    public boolean covers(String domain) {
        return forestName != null && forestName.equalsIgnoreCase(domain == null ? "" : domain.trim());
    }
}
