package io.fedemu.topology;

import io.fedemu.tenant.transport.HybridMailTransport;
import io.fedemu.tenant.transport.InternetMail;
import io.fedemu.tenant.transport.InternetOrganization;
import io.fedemu.tenant.transport.MailExchangerRecords;
import java.util.List;

/**
 * The mail of a running scenario (docs/PROTOCOL.md sections 17 and 20): the hybrid pairs, the internet
 * organizations outside the federation, and the internet they share (MX records and mail hosts).
 *
 * @param mx the scenario's MX records, changeable while it runs (issue 17's DNS server will serve them)
 */
public record MailTopology(
        List<HybridMailTransport> pairs,
        List<InternetOrganization> internetOrganizations,
        InternetMail internet,
        MailExchangerRecords mx)
        implements AutoCloseable {
    static final MailTopology NONE =
            new MailTopology(List.of(), List.of(), InternetMail.none(), new MailExchangerRecords());

    public MailTopology {
        pairs = List.copyOf(pairs);
        internetOrganizations = List.copyOf(internetOrganizations);
    }

    @Override
    public void close() {
        pairs.forEach(HybridMailTransport::close);
        internetOrganizations.forEach(InternetOrganization::close);
    }
}
