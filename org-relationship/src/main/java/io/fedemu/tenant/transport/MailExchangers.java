package io.fedemu.tenant.transport;

import java.util.List;

/**
 * The MX records of the internet as transport looks them up (docs/PROTOCOL.md section 20): for a domain, the host
 * names of its mail exchangers, most preferred first. Today the scenario's {@code dns:} section answers
 * ({@link MailExchangerRecords}); the emulated DNS server of issue 17 will answer the same question from its zones,
 * so every sender (an internet host, an on-premises internet Send connector, Exchange Online Protection) keeps
 * asking through this one interface.
 */
public interface MailExchangers {
    /** The hosts of {@code domain}'s MX records, most preferred first; empty when the domain has none. */
    List<String> lookup(String domain);
}
