package io.fedemu.tenant.transport;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * Inside or outside the organization, as transport rules and journaling decide it. A recipient is inside when it
 * is a mailbox or mail user of the organization or in one of its accepted domains. The sender is inside only when
 * the message is also authenticated ({@code AuthAs: Internal}): Exchange does not resolve an anonymous sender, so
 * mail from the other premises that failed the certificate check counts as outside, and internal rules stop
 * applying to it.
 */
final class OrganizationScope {
    private OrganizationScope() {}

    static boolean recipientInside(MailOrganization organization, String address) {
        return organization.mailbox(address).isPresent()
                || organization.targetAddress(address).isPresent()
                || organization.accepts(MailOrganization.domainOf(address));
    }

    static boolean senderInside(MailOrganization organization, String from, MimeMessage message)
            throws MessagingException {
        String authAs = message.getHeader(HeaderFirewall.ORGANIZATION + "AuthAs", null);
        return from != null
                && from.contains("@")
                && "Internal".equalsIgnoreCase(authAs)
                && recipientInside(organization, from);
    }

    /** Internal mail for journaling: the sender and every recipient inside. */
    static boolean internal(MailOrganization organization, String from, List<String> recipients, MimeMessage message)
            throws MessagingException {
        return senderInside(organization, from, message)
                && recipients.stream().allMatch(r -> recipientInside(organization, r));
    }
}
