package io.fedemu.tenant.transport;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A mailbox mail is delivered to: its primary address, its proxy addresses (a cloud mailbox also has its
 * routing-domain address) and the password its user submits with (Basic auth on the submission port).
 */
public record TransportMailbox(String primaryAddress, Set<String> proxyAddresses, String password) {
    public TransportMailbox {
        Objects.requireNonNull(primaryAddress, "primaryAddress");
        primaryAddress = primaryAddress.toLowerCase(Locale.ROOT);
        proxyAddresses =
                proxyAddresses.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    public boolean answersTo(String address) {
        String a = address.toLowerCase(Locale.ROOT);
        return primaryAddress.equals(a) || proxyAddresses.contains(a);
    }
}
