package io.fedemu.tenant.transport;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Transport Rule agent of one organization: runs each enabled rule on a message as it enters the organization's
 * transport, after the header firewall decided how it arrived, and returns the recipients the rules added.
 */
final class TransportRuleAgent {
    private TransportRuleAgent() {}

    static List<String> apply(
            MailOrganization organization,
            List<TransportRule> rules,
            String from,
            List<String> recipients,
            MimeMessage message)
            throws MessagingException {
        List<String> added = new ArrayList<>();
        for (TransportRule rule : rules) {
            if (rule.enabled() && matches(organization, rule, from, recipients, message)) {
                act(rule, message, added);
            }
        }
        return added;
    }

    private static boolean matches(
            MailOrganization organization,
            TransportRule rule,
            String from,
            List<String> recipients,
            MimeMessage message)
            throws MessagingException {
        if (rule.fromScope() != null
                && !rule.fromScope().matches(OrganizationScope.senderInside(organization, from, message))) {
            return false;
        }
        if (rule.sentToScope() != null
                && recipients.stream()
                        .noneMatch(
                                r -> rule.sentToScope().matches(OrganizationScope.recipientInside(organization, r)))) {
            return false;
        }
        if (!rule.subjectContainsWords().isEmpty()) {
            String subject =
                    message.getSubject() == null ? "" : message.getSubject().toLowerCase(Locale.ROOT);
            return rule.subjectContainsWords().stream().anyMatch(w -> subject.contains(w.toLowerCase(Locale.ROOT)));
        }
        return true;
    }

    private static void act(TransportRule rule, MimeMessage message, List<String> added) throws MessagingException {
        if (rule.setHeaderName() != null) {
            message.setHeader(rule.setHeaderName(), rule.setHeaderValue() == null ? "" : rule.setHeaderValue());
        }
        if (rule.prependSubject() != null) {
            String subject = message.getSubject() == null ? "" : message.getSubject();
            message.setSubject(rule.prependSubject() + subject, "UTF-8");
        }
        for (String address : rule.addToRecipients()) {
            message.addRecipient(MimeMessage.RecipientType.TO, new InternetAddress(address));
            added.add(address);
        }
        added.addAll(rule.blindCopyTo());
    }
}
