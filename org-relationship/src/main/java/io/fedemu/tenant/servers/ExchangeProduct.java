package io.fedemu.tenant.servers;

import java.util.EnumSet;
import java.util.Set;

/**
 * The Exchange versions a hybrid of the seed runs: 2013 (the hybrid servers) and 2007 (coexisting, legacy
 * mailboxes). Each has the roles its setup offers and the EWS version names it understands.
 */
public enum ExchangeProduct {
    EXCHANGE_2013("Exchange Server 2013", 15, EnumSet.of(ServerRole.CLIENT_ACCESS, ServerRole.MAILBOX), "Exchange2013"),
    EXCHANGE_2007(
            "Exchange Server 2007",
            8,
            EnumSet.of(ServerRole.CLIENT_ACCESS, ServerRole.MAILBOX, ServerRole.HUB_TRANSPORT),
            "Exchange2007_SP1");

    private final String displayName;
    private final int major;
    private final Set<ServerRole> roles;
    private final String ewsVersion;

    ExchangeProduct(String displayName, int major, Set<ServerRole> roles, String ewsVersion) {
        this.displayName = displayName;
        this.major = major;
        this.roles = roles;
        this.ewsVersion = ewsVersion;
    }

    public static ExchangeProduct of(ExchangeBuild build) {
        for (ExchangeProduct product : values()) {
            if (product.major == build.major()) {
                return product;
            }
        }
        throw new IllegalArgumentException("build " + build + " is neither Exchange 2013 (15.0.x) nor 2007 (8.x)");
    }

    public String displayName() {
        return displayName;
    }

    /** The roles setup of this version can install. */
    public Set<ServerRole> roles() {
        return roles;
    }

    /** The highest RequestServerVersion name a server of this version understands. */
    public String ewsVersion() {
        return ewsVersion;
    }
}
