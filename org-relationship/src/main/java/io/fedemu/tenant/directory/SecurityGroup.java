package io.fedemu.tenant.directory;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A security group, used as an organization relationship's FreeBusyAccessScope: only members are visible to
 * the partner (PROTOCOL.md section 4). Membership is by address, matched case-insensitively.
 */
public record SecurityGroup(String name, Set<String> memberAddresses) {
    public SecurityGroup {
        Objects.requireNonNull(name, "name");
        memberAddresses = memberAddresses.stream().map(Addresses::key).collect(Collectors.toUnmodifiableSet());
    }

    public boolean contains(String address) {
        return memberAddresses.contains(Addresses.key(address));
    }
}
