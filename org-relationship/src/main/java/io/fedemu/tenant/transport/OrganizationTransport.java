package io.fedemu.tenant.transport;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.transport.tracking.TransportTracking;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The categorizer of one organization: a recipient that is a mailbox here is delivered, a mail user goes to its
 * targetAddress, and a domain a connector carries leaves through that connector; anything else is refused at RCPT
 * TO. A hop that fails after DATA was accepted comes back to the sender as a non-delivery report.
 */
final class OrganizationTransport {
    private final MailOrganization organization;
    private final MailboxStore store;
    private final String server;
    private final SmartHostClient client;
    private final Function<String, Optional<Relay>> relays;
    private final MailFlow flow;
    /** The organization's message tracking log (issue 15); set once the tenant that keeps it is known. */
    private volatile TransportTracking tracking = TransportTracking.NONE;

    OrganizationTransport(
            MailOrganization organization,
            MailboxStore store,
            String server,
            SmartHostClient client,
            Function<String, Optional<Relay>> relays) {
        this(organization, store, server, client, relays, MailFlow.none());
    }

    /** With {@code flow}: InternalRelay domains, transport rules and journal rules (docs/PROTOCOL.md section 20). */
    OrganizationTransport(
            MailOrganization organization,
            MailboxStore store,
            String server,
            SmartHostClient client,
            Function<String, Optional<Relay>> relays,
            MailFlow flow) {
        this.organization = organization;
        this.store = store;
        this.server = server;
        this.client = client;
        this.relays = relays;
        this.flow = flow;
    }

    MailOrganization organization() {
        return organization;
    }

    MailboxStore store() {
        return store;
    }

    void tracking(TransportTracking value) {
        this.tracking = java.util.Objects.requireNonNull(value);
    }

    /** Refuses {@code address} unless this organization delivers it or may relay it for this arrival. */
    void checkRecipient(String address, Arrival arrival) throws SmtpRefusal {
        if (organization.mailbox(address).isPresent()
                || organization.targetAddress(address).isPresent()) {
            return;
        }
        String domain = MailOrganization.domainOf(address);
        if (organization.accepts(domain)) {
            // An InternalRelay domain passes a recipient nobody here has on to where the domain's mail goes.
            if (flow.internalRelay(domain) && relays.apply(domain).isPresent()) {
                return;
            }
            throw new SmtpRefusal(
                    organization.cloud() && relays.apply(domain).isPresent()
                            ? Reason.MAIL_RECIPIENT_NOT_IN_CLOUD_DIRECTORY
                            : Reason.MAIL_RECIPIENT_NOT_FOUND);
        }
        if (arrival.internal() && relays.apply(domain).isPresent()) {
            return;
        }
        throw new SmtpRefusal(relayRefusal(arrival));
    }

    /**
     * Exchange Online refuses relay for a server that presented a certificate no inbound connector accepts (ATTR36)
     * and anonymous internet mail for a domain it does not hold (ATTR35: the MX that led here is wrong); Default
     * Frontend refuses a server whose certificate was not granted AcceptCloudServicesMail with the centralized
     * transport's {@code 550 5.7.1 Unable to relay}, anyone else with the anonymous relay refusal.
     */
    private Reason relayRefusal(Arrival arrival) {
        if (organization.cloud()) {
            return arrival.certificatePresented()
                    ? Reason.MAIL_SENDER_CERTIFICATE_NOT_ACCEPTED
                    : Reason.MAIL_WRONG_REGION;
        }
        return arrival.certificatePresented() ? Reason.MAIL_CENTRALIZED_RELAY_DENIED : Reason.MAIL_RELAY_DENIED;
    }

    /** Delivers or relays {@code message} for each recipient; failures go back to {@code from} as a report. */
    void receive(String from, List<String> recipients, MimeMessage message, Arrival arrival) {
        receive(from, recipients, message, arrival, null);
    }

    /** The same, the session known: the message tracking log's RECEIVE names its connector and addresses. */
    void receive(String from, List<String> recipients, MimeMessage message, Arrival arrival, SmtpSession session) {
        try {
            // No saveChanges(): it would give the message a new Message-ID; the changed headers are written as set.
            HeaderFirewall.arriving(message, arrival);
            TransportTracking.Tracked tracked = tracking.received(
                    message.getMessageID(),
                    from,
                    recipients,
                    message.getSubject(),
                    arrival.server(),
                    session == null ? null : session.connector(),
                    session == null ? null : session.clientIp(),
                    session == null ? null : session.clientHostname(),
                    session == null ? null : session.serverIp());
            List<String> all = new ArrayList<>(recipients);
            if (!JournalReport.is(message)) {
                all.addAll(TransportRuleAgent.apply(organization, flow.transportRules(), from, recipients, message));
                journal(from, all, message);
            }
            route(from, all, message, tracked);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot route a message from " + from, e);
        }
    }

    /** Sends a journal report to each journal rule's address that covers the message. */
    private void journal(String from, List<String> recipients, MimeMessage message) throws MessagingException {
        boolean internal = OrganizationScope.internal(organization, from, recipients, message);
        for (JournalRule rule : flow.journalRules()) {
            boolean concerned = rule.recipient() == null
                    || rule.recipient().equalsIgnoreCase(from)
                    || recipients.stream().anyMatch(r -> r.equalsIgnoreCase(rule.recipient()));
            if (rule.enabled() && concerned && rule.scope().covers(internal)) {
                String domain = organization.acceptedDomains().get(0);
                MimeMessage report = JournalReport.of(message, from, recipients, domain, rule.journalEmailAddress());
                String sender = JournalReport.SENDER + "@" + domain;
                List<String> to = List.of(rule.journalEmailAddress());
                // The journal report is a message of its own in the tracking log, submitted by the journaling agent.
                TransportTracking.Tracked tracked = tracking.received(
                        report.getMessageID(), sender, to, report.getSubject(), server, null, null, null, null);
                route(sender, to, report, tracked);
            }
        }
    }

    private void route(String from, List<String> recipients, MimeMessage message, TransportTracking.Tracked tracked) {
        try {
            Map<Relay, List<String>> outbound = new LinkedHashMap<>();
            for (String recipient : recipients) {
                Optional<TransportMailbox> mailbox = organization.mailbox(recipient);
                if (mailbox.isPresent()) {
                    store.deliver(mailbox.get().primaryAddress(), message);
                    tracked.delivered(mailbox.get().primaryAddress(), server);
                    continue;
                }
                String target = organization.targetAddress(recipient).orElse(recipient);
                Optional<Relay> relay = relays.apply(MailOrganization.domainOf(target));
                if (relay.isPresent()) {
                    outbound.computeIfAbsent(relay.get(), r -> new ArrayList<>())
                            .add(target);
                } else {
                    report(
                            from,
                            List.of(recipient),
                            message,
                            SmartHostClient.refusedBy(Reason.MAIL_RECIPIENT_NOT_FOUND));
                    tracked.failed(
                            List.of(recipient),
                            null,
                            server,
                            Reason.MAIL_RECIPIENT_NOT_FOUND,
                            SmtpRefusal.line(Reason.MAIL_RECIPIENT_NOT_FOUND));
                }
            }
            for (Map.Entry<Relay, List<String>> hop : outbound.entrySet()) {
                send(from, hop.getKey(), hop.getValue(), message, tracked);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot route a message from " + from, e);
        }
    }

    private void send(
            String from, Relay relay, List<String> targets, MimeMessage message, TransportTracking.Tracked tracked)
            throws MessagingException {
        SmartHostClient.Outcome outcome;
        if (relay.refusedBeforeSending() != null) {
            outcome = SmartHostClient.refusedBy(relay.refusedBeforeSending());
        } else {
            MimeMessage copy = new MimeMessage(message);
            HeaderFirewall.leaving(copy, relay.cloudServicesMailEnabled(), server);
            outcome = relay.diagnosis().apply(client.send(relay.hop(), from, targets, copy));
        }
        if (!outcome.sent()) {
            report(from, targets, message, outcome.through(relay.connector()));
            tracked.failed(targets, relay.connector(), server, outcome.reason(), outcome.reply());
        } else {
            tracked.sent(targets, relay.connector(), server, outcome.reply());
        }
    }

    private void report(String from, List<String> recipients, MimeMessage message, SmartHostClient.Outcome outcome)
            throws MessagingException {
        Optional<TransportMailbox> sender = from == null ? Optional.empty() : organization.mailbox(from);
        if (sender.isPresent()) {
            store.deliver(
                    sender.get().primaryAddress(),
                    NonDeliveryReport.of(message, sender.get().primaryAddress(), recipients, server, outcome));
        }
    }
}
