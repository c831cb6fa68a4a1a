package io.fedemu.tenant.transport;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * contoso.com on-premises (alice, one 2013 Client Access server EX2013-CAS1, mail host mail.contoso.com) and its
 * Exchange Online tenant (bob, a remote mailbox on-premises), with the wizard's connectors running.
 */
record HybridPair(CertificateStore certificates, CertificateAuthority authority, HybridMailTransport transport)
        implements AutoCloseable {
    static final String ALICE = "alice@contoso.com";
    static final String BOB = "bob@contoso.com";
    static final String ROUTING_DOMAIN = "contoso.mail.onmicrosoft.com";
    static final String FRONTEND = "Default Frontend EX2013-CAS1";

    static HybridPair start(Path state, ConnectionLimits limits) {
        CertificateStore certificates = CertificateStore.in(state);
        CertificateAuthority authority = certificates.initAuthority(Clock.systemUTC());
        MailOrganization onPremises = new MailOrganization(
                "contoso",
                false,
                ROUTING_DOMAIN,
                List.of("contoso.com"),
                List.of(new TransportMailbox(ALICE, Set.of(), "alice-pw")),
                Map.of(BOB, "bob@" + ROUTING_DOMAIN),
                List.of(HybridConnectors.PROTECTION_DOMAIN));
        MailOrganization cloud = new MailOrganization(
                "contoso-online",
                true,
                ROUTING_DOMAIN,
                List.of("contoso.com", ROUTING_DOMAIN),
                List.of(new TransportMailbox(BOB, Set.of("bob@" + ROUTING_DOMAIN), "bob-pw")),
                Map.of(ALICE, ALICE),
                List.of());
        HybridMailTransport transport = HybridMailTransport.start(
                new HybridMailTransport.Options(state, Clock.systemUTC(), 64 * 1024, 3).withConnectionLimits(limits),
                certificates,
                authority,
                onPremises,
                cloud,
                List.of("EX2013-CAS1"),
                "mail.contoso.com");
        return new HybridPair(certificates, authority, transport);
    }

    int port(String connector) {
        return transport.endpoints().get(connector);
    }

    @Override
    public void close() {
        transport.close();
    }
}
