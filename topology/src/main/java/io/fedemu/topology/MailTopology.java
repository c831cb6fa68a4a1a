package io.fedemu.topology;

import io.fedemu.tenant.transport.HybridMailTransport;
import io.fedemu.tenant.transport.InternetMail;
import io.fedemu.tenant.transport.InternetOrganization;
import java.util.List;

/**
 * The mail of a running scenario (docs/PROTOCOL.md sections 17 and 20): the hybrid pairs, the internet
 * organizations outside the federation, and the internet they share (MX records and mail hosts).
 *
 * @param mxDomains the domains whose MX record the scenario published in the emulated DNS (docs/PROTOCOL.md section
 *     22), where the records can be changed while it runs
 */
public record MailTopology(
        List<HybridMailTransport> pairs,
        List<InternetOrganization> internetOrganizations,
        InternetMail internet,
        List<String> mxDomains)
        implements AutoCloseable {
    static final MailTopology NONE = new MailTopology(List.of(), List.of(), InternetMail.none(), List.of());

    public MailTopology {
        pairs = List.copyOf(pairs);
        internetOrganizations = List.copyOf(internetOrganizations);
        mxDomains = List.copyOf(mxDomains);
    }

    @Override
    public void close() {
        pairs.forEach(HybridMailTransport::close);
        internetOrganizations.forEach(InternetOrganization::close);
    }
}
