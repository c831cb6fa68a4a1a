package io.fedemu.tenant.servers;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One Exchange server of an on-premises organization: its name (the NetBIOS name Get-ExchangeServer shows), the
 * roles installed and the exact build.
 */
public record ExchangeServer(String name, Set<ServerRole> roles, ExchangeBuild build) {
    public ExchangeServer {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(build, "build");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("server " + name + " has no role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        Set<ServerRole> unknown = EnumSet.copyOf(roles);
        unknown.removeAll(build.product().roles());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "server " + name + " runs " + build.product().displayName() + ", which has no "
                            + unknown.iterator().next().exchangeName() + " role");
        }
    }

    public boolean has(ServerRole role) {
        return roles.contains(role);
    }

    public ExchangeProduct product() {
        return build.product();
    }

    /** Get-ExchangeServer's ServerRole column: "Mailbox, ClientAccess" in Exchange's order. */
    public String roleList() {
        return String.join(", ", roleNames());
    }

    /** The roles' names in Exchange's order: Mailbox, ClientAccess, HubTransport. */
    public List<String> roleNames() {
        return EnumSet.copyOf(roles).stream()
                .sorted((a, b) -> Integer.compare(order(a), order(b)))
                .map(ServerRole::exchangeName)
                .toList();
    }

    public boolean named(String other) {
        return name.equalsIgnoreCase(other);
    }

    public String key() {
        return name.toLowerCase(Locale.ROOT);
    }

    private static int order(ServerRole role) {
        return switch (role) {
            case MAILBOX -> 0;
            case CLIENT_ACCESS -> 1;
            case HUB_TRANSPORT -> 2;
        };
    }
}
