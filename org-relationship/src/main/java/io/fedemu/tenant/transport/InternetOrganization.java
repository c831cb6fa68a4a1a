package io.fedemu.tenant.transport;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import io.fedemu.certs.PemFiles;
import jakarta.mail.internet.MimeMessage;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A mail organization outside the federation (docs/PROTOCOL.md section 20), {@code fabrikam.net} in the shipped
 * scenario: one mail host with an MX listener ("Inbound &lt;host&gt;", anonymous, TLS offered) and a submission
 * port ("Client Submission &lt;host&gt;", STARTTLS then Basic auth), that sends every other domain's mail by
 * looking up its MX through the same {@link MailExchangers} as everyone, with opportunistic TLS and no client
 * certificate: nothing attributes it to any organization.
 */
public final class InternetOrganization implements AutoCloseable {
    private final OrganizationTransport transport;
    private final List<SmtpEndpoint> endpoints = new ArrayList<>();

    private InternetOrganization(OrganizationTransport transport) {
        this.transport = transport;
    }

    /** Issues the host's certificate, starts both listeners and publishes the host in {@code internet}. */
    public static InternetOrganization start(
            HybridMailTransport.Options options,
            CertificateStore certificates,
            CertificateAuthority authority,
            MailOrganization organization,
            String host,
            InternetMail internet) {
        Credential certificate =
                certificates.smtpServer("smtp-internet-" + organization.name(), List.of(host), authority);
        List<X509Certificate> roots = PemFiles.read(certificates.trustBundle());
        OrganizationTransport transport = new OrganizationTransport(
                organization,
                MailboxStore.of(options.stateDirectory(), organization.name(), options.clock()),
                host,
                new SmartHostClient(roots),
                domain -> organization.accepts(domain)
                        ? Optional.empty()
                        : Optional.of(internet.relay(domain, "Internet", host)));
        InternetOrganization running = new InternetOrganization(transport);
        Receptions.Limits limits =
                new Receptions.Limits(options.submissionMaxMessageSize(), options.submissionMaxRecipients());
        try {
            SmtpEndpoint inbound = SmtpEndpoint.start(
                    options.connectionLimits(),
                    "Inbound " + host,
                    host,
                    0,
                    certificate,
                    roots,
                    false,
                    Receptions.internet(transport, host, limits),
                    null);
            running.endpoints.add(inbound);
            running.endpoints.add(SmtpEndpoint.start(
                    options.connectionLimits(),
                    "Client Submission " + host,
                    host,
                    0,
                    certificate,
                    roots,
                    false,
                    Receptions.submission(transport, host, limits),
                    new BasicAuthentication((user, password) -> organization
                            .mailbox(user)
                            .map(m -> m.password() != null && m.password().equals(password))
                            .orElse(false))));
            internet.register(host, inbound.port());
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
        return running;
    }

    public String name() {
        return transport.organization().name();
    }

    public MailOrganization organization() {
        return transport.organization();
    }

    /** The MX listener and the submission port, as endpoints.json lists them under {@code smtp}. */
    public List<HybridMailTransport.Listener> listeners() {
        return endpoints.stream()
                .map(e -> new HybridMailTransport.Listener(e.name(), e.hostName(), e.port()))
                .toList();
    }

    /** The loopback port users submit on. */
    public int submissionPort() {
        return endpoints.get(1).port();
    }

    /** The messages {@code mailbox} received, oldest first. */
    public List<MimeMessage> messages(String mailbox) {
        return transport
                .store()
                .messages(transport
                        .organization()
                        .mailbox(mailbox)
                        .orElseThrow(() -> new IllegalArgumentException("no mailbox " + mailbox + " at " + name()))
                        .primaryAddress());
    }

    @Override
    public void close() {
        endpoints.forEach(SmtpEndpoint::close);
    }
}
