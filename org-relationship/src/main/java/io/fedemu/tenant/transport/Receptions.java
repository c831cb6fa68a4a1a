package io.fedemu.tenant.transport;

import jakarta.mail.internet.MimeMessage;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Supplier;

/** The three kinds of listening connector and how each decides whether a peer is internal. */
final class Receptions {
    private Receptions() {}

    /** Limits of a connector that has no object of its own here (a submission port). */
    record Limits(int maxMessageSize, int maxRecipients) {}

    /**
     * An on-premises Receive connector: a peer whose certificate carries the domain of TlsDomainCapabilities gets
     * AcceptCloudServicesMail (internal); one in TLSReceiveDomainSecureList is Domain Secured where enabled.
     */
    static Reception frontend(OrganizationTransport transport, Supplier<ReceiveConnector> connector) {
        return frontend(transport, connector, () -> transport.organization().tlsReceiveDomainSecureList(), () -> true);
    }

    /**
     * As above, with the transport config's TLSReceiveDomainSecureList as it is now, and whether the sending side's
     * TLSSendDomainSecureList names this organization: Domain Secured needs both (docs/PROTOCOL.md section 18).
     */
    static Reception frontend(
            OrganizationTransport transport,
            Supplier<ReceiveConnector> connector,
            Supplier<List<String>> receiveDomainSecureList,
            java.util.function.BooleanSupplier senderListsThisDomain) {
        return new Base(transport) {
            @Override
            public Arrival arrival(X509Certificate peer, String user) {
                ReceiveConnector c = connector.get();
                boolean internal = peer != null
                        && c.acceptsCloudServicesMail()
                        && CertificateNames.carries(peer, c.capabilityDomain());
                String secured = null;
                if (peer != null && c.domainSecureEnabled() && senderListsThisDomain.getAsBoolean()) {
                    secured = receiveDomainSecureList.get().stream()
                            .filter(d -> CertificateNames.carries(peer, d))
                            .findFirst()
                            .orElse(null);
                }
                return new Arrival(c.fqdn(), internal, secured, null, peer != null);
            }

            @Override
            public boolean requireTls() {
                return connector.get().requireTls();
            }

            @Override
            public int maxMessageSize() {
                return connector.get().maxMessageSize();
            }

            @Override
            public int maxRecipients() {
                return connector.get().maxRecipientsPerMessage();
            }
        };
    }

    /**
     * Exchange Online Protection's endpoint: a peer whose certificate carries the OnPremises inbound connector's
     * TlsSenderCertificateName is attributed to the organization (internal, may relay); anyone else is anonymous.
     */
    static Reception protection(
            OrganizationTransport transport, String server, Supplier<InboundConnector> connector, Limits limits) {
        return new Base(transport) {
            @Override
            public Arrival arrival(X509Certificate peer, String user) {
                InboundConnector c = connector.get();
                // No OnPremises inbound connector (the wizard has not run): everyone is anonymous (issue 17).
                boolean attributed = c != null
                        && c.enabled()
                        && peer != null
                        && CertificateNames.carries(peer, c.tlsSenderCertificateName());
                return new Arrival(server, attributed, null, null, peer != null);
            }

            @Override
            public boolean requireTls() {
                return false;
            }

            @Override
            public int maxMessageSize() {
                return limits.maxMessageSize();
            }

            @Override
            public int maxRecipients() {
                return limits.maxRecipients();
            }
        };
    }

    /** A submission port: the user's AUTH (Basic over STARTTLS) makes the message internal. */
    static Reception submission(OrganizationTransport transport, String server, Limits limits) {
        return new Base(transport) {
            @Override
            public Arrival arrival(X509Certificate peer, String user) {
                return new Arrival(server, user != null, null, user);
            }

            @Override
            public boolean requireTls() {
                return true;
            }

            @Override
            public int maxMessageSize() {
                return limits.maxMessageSize();
            }

            @Override
            public int maxRecipients() {
                return limits.maxRecipients();
            }
        };
    }

    /**
     * An internet host's MX listener (docs/PROTOCOL.md section 20): every peer is anonymous, TLS is offered and not
     * required, and only the host's own mailboxes are taken.
     */
    static Reception internet(OrganizationTransport transport, String server, Limits limits) {
        return new Base(transport) {
            @Override
            public Arrival arrival(X509Certificate peer, String user) {
                return Arrival.anonymous(server);
            }

            @Override
            public boolean requireTls() {
                return false;
            }

            @Override
            public int maxMessageSize() {
                return limits.maxMessageSize();
            }

            @Override
            public int maxRecipients() {
                return limits.maxRecipients();
            }
        };
    }

    private abstract static class Base implements Reception {
        private final OrganizationTransport transport;

        Base(OrganizationTransport transport) {
            this.transport = transport;
        }

        @Override
        public void recipient(String address, Arrival arrival) throws SmtpRefusal {
            transport.checkRecipient(address, arrival);
        }

        @Override
        public void receive(String from, List<String> recipients, MimeMessage message, Arrival arrival) {
            transport.receive(from, recipients, message, arrival);
        }

        @Override
        public void receive(
                String from, List<String> recipients, MimeMessage message, Arrival arrival, SmtpSession session) {
            transport.receive(from, recipients, message, arrival, session);
        }
    }
}
