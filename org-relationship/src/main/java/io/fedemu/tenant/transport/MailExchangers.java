package io.fedemu.tenant.transport;

import java.util.List;

/**
 * The MX records of the internet as transport looks them up (docs/PROTOCOL.md sections 20 and 22): for a domain, the
 * host names of its mail exchangers, most preferred first. A running scenario asks the emulated DNS server
 * ({@link DnsMailExchangers}); {@link MailExchangerRecords} holds records in memory for tests of transport alone. Every
 * sender (an internet host, an on-premises internet Send connector, Exchange Online Protection) asks through this one
 * interface.
 */
public interface MailExchangers {
    /** The hosts of {@code domain}'s MX records, most preferred first; empty when the domain has none. */
    List<String> lookup(String domain);
}
