package io.fedemu.tenant.servers;

import java.util.Locale;
import java.util.Optional;

/** A server role as Get-ExchangeServer's ServerRole lists it. */
public enum ServerRole {
    CLIENT_ACCESS("ClientAccess"),
    MAILBOX("Mailbox"),
    HUB_TRANSPORT("HubTransport");

    private final String exchangeName;

    ServerRole(String exchangeName) {
        this.exchangeName = exchangeName;
    }

    public String exchangeName() {
        return exchangeName;
    }

    /** "ClientAccess", "client-access", "Mailbox", ... */
    public static Optional<ServerRole> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        for (ServerRole role : values()) {
            if (role.exchangeName.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
