package io.fedemu.tenant.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant's directory: one immutable snapshot. Every address, primary or proxy, resolves case-insensitively
 * to at most one recipient; a duplicate is a scenario error and is rejected when the snapshot is built, the way
 * Exchange refuses a proxy address already in use.
 */
public final class Directory {
    private final Set<String> acceptedDomains;
    private final Map<String, Recipient> byAddress;
    private final Map<String, SecurityGroup> groups;
    private final List<Mailbox> mailboxes;
    private final List<RemoteMailbox> remoteMailboxes;
    private final List<DistributionGroup> distributionGroups;

    public Directory(
            Set<String> acceptedDomains,
            List<Mailbox> mailboxes,
            List<RemoteMailbox> remoteMailboxes,
            List<SecurityGroup> groups) {
        this(acceptedDomains, mailboxes, remoteMailboxes, groups, List.of());
    }

    /**
     * @param distributionGroups the mail-enabled groups (PROTOCOL.md section 13): their addresses resolve like any
     *                           recipient's
     */
    public Directory(
            Set<String> acceptedDomains,
            List<Mailbox> mailboxes,
            List<RemoteMailbox> remoteMailboxes,
            List<SecurityGroup> groups,
            List<DistributionGroup> distributionGroups) {
        this.acceptedDomains = acceptedDomains.stream().map(Addresses::key).collect(Collectors.toUnmodifiableSet());
        Map<String, Recipient> index = new HashMap<>();
        for (Mailbox mailbox : mailboxes) {
            mailbox.allAddresses().forEach(a -> put(index, a, mailbox));
        }
        for (RemoteMailbox remote : remoteMailboxes) {
            put(index, remote.address(), remote);
        }
        for (DistributionGroup group : distributionGroups) {
            put(index, group.address(), group);
        }
        this.distributionGroups = List.copyOf(distributionGroups);
        this.byAddress = Map.copyOf(index);
        this.mailboxes = List.copyOf(mailboxes);
        this.remoteMailboxes = List.copyOf(remoteMailboxes);
        Map<String, SecurityGroup> groupIndex = new HashMap<>();
        for (SecurityGroup group : groups) {
            if (groupIndex.put(group.name().toLowerCase(Locale.ROOT), group) != null) {
                throw new IllegalArgumentException("two security groups are named '" + group.name() + "'");
            }
        }
        this.groups = Map.copyOf(groupIndex);
    }

    private static void put(Map<String, Recipient> index, String address, Recipient recipient) {
        Recipient earlier = index.putIfAbsent(Addresses.key(address), recipient);
        if (earlier != null && earlier != recipient) {
            throw new IllegalArgumentException(
                    "address " + address + " is used by both " + earlier.address() + " and " + recipient.address());
        }
    }

    /** Resolves a primary or proxy address, ignoring case; never null. */
    public Recipient lookup(String address) {
        Recipient found = byAddress.get(Addresses.key(address));
        return found != null ? found : new Recipient.NotFound(address);
    }

    /** Whether this tenant is authoritative for the address's domain (an accepted domain). */
    public boolean isAccepted(String address) {
        int at = address.lastIndexOf('@');
        return at >= 0 && acceptedDomains.contains(Addresses.key(address.substring(at + 1)));
    }

    /** The hosted mailboxes, in the order the scenario lists them. */
    public List<Mailbox> mailboxes() {
        return mailboxes;
    }

    /** The remote mailboxes, in the order the scenario lists them. */
    public List<RemoteMailbox> remoteMailboxes() {
        return remoteMailboxes;
    }

    public Set<String> acceptedDomains() {
        return acceptedDomains;
    }

    /** The distribution groups, in the order the scenario lists them. */
    public List<DistributionGroup> distributionGroups() {
        return distributionGroups;
    }

    /** A distribution group by its name, display name or any address, ignoring case (Get-DistributionGroup -Identity). */
    public Optional<DistributionGroup> distributionGroup(String identity) {
        if (lookup(identity) instanceof DistributionGroup byAddress) {
            return Optional.of(byAddress);
        }
        return distributionGroups.stream()
                .filter(g -> g.name().equalsIgnoreCase(identity.trim())
                        || g.displayName().equalsIgnoreCase(identity.trim()))
                .findFirst();
    }

    public Optional<SecurityGroup> group(String name) {
        return Optional.ofNullable(groups.get(name.toLowerCase(Locale.ROOT)));
    }
}
