package io.fedemu.tenant.transport;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What transport needs to know of one organization: its accepted domains, the mailboxes it delivers to and the
 * mail users whose mail goes elsewhere (an on-premises remote mailbox, a cloud mail user for an on-premises
 * mailbox), each with its targetAddress.
 *
 * @param cloud true for the Exchange Online side
 * @param routingDomain the tenant's {@code <tenant>.mail.onmicrosoft.com} (both sides know it)
 * @param tlsReceiveDomainSecureList Set-TransportConfig -TLSReceiveDomainSecureList: peers marked Domain Secured
 */
public record MailOrganization(
        String name,
        boolean cloud,
        String routingDomain,
        List<String> acceptedDomains,
        List<TransportMailbox> mailboxes,
        Map<String, String> mailUsers,
        List<String> tlsReceiveDomainSecureList) {
    public MailOrganization {
        Objects.requireNonNull(name, "name");
        acceptedDomains =
                acceptedDomains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
        mailboxes = List.copyOf(mailboxes);
        mailUsers = mailUsers.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(
                        e -> e.getKey().toLowerCase(Locale.ROOT),
                        e -> e.getValue().toLowerCase(Locale.ROOT)));
        tlsReceiveDomainSecureList = List.copyOf(tlsReceiveDomainSecureList);
    }

    public Optional<TransportMailbox> mailbox(String address) {
        return mailboxes.stream().filter(m -> m.answersTo(address)).findFirst();
    }

    /** The targetAddress of a mail user with this address, if it is one. */
    public Optional<String> targetAddress(String address) {
        return Optional.ofNullable(mailUsers.get(address.toLowerCase(Locale.ROOT)));
    }

    public boolean accepts(String domain) {
        return acceptedDomains.contains(domain.toLowerCase(Locale.ROOT));
    }

    static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
