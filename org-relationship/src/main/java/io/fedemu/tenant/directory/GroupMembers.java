package io.fedemu.tenant.directory;

import java.util.List;

/**
 * A distribution group expanded as Exchange's availability service expands it: nested groups followed breadth
 * first, each recipient once, mailboxes, mail users and contacts counted as members. The walk stops at the first
 * member beyond the limit (PROTOCOL.md section 13).
 *
 * @param addresses the members found, each by its primary address (an unknown address as written), in order
 * @param capped    more members than the limit: Exchange does not query any of them
 */
public record GroupMembers(List<String> addresses, boolean capped) {
    public GroupMembers {
        addresses = List.copyOf(addresses);
    }

    /** Expands {@code group} in {@code directory}, stopping once more than {@code limit} members are found. */
    public static GroupMembers of(Directory directory, DistributionGroup group, int limit) {
        java.util.ArrayDeque<DistributionGroup> queue = new java.util.ArrayDeque<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.List<String> found = new java.util.ArrayList<>();
        queue.add(group);
        seen.add(Addresses.key(group.address()));
        while (!queue.isEmpty()) {
            for (String member : queue.poll().members()) {
                Recipient recipient = directory.lookup(member);
                if (!seen.add(Addresses.key(recipient.address()))) {
                    continue; // a duplicate, or a group that contains itself
                }
                if (recipient instanceof DistributionGroup nested) {
                    queue.add(nested);
                } else if (found.size() >= limit) {
                    return new GroupMembers(found, true);
                } else {
                    found.add(recipient.address());
                }
            }
        }
        return new GroupMembers(found, false);
    }
}
