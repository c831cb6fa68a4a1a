package io.fedemu.tenant.transport;

import io.fedemu.protocol.reason.Reason;
import java.util.function.UnaryOperator;

/**
 * The connector a message leaves through for one recipient domain, the hop it sends to, and, when the connector
 * cannot even try (its certificate is not there), the reason it refuses before connecting. {@code diagnosis} names
 * the cause of a failed hop where the sender's reply alone cannot (docs/PROTOCOL.md section 18).
 */
record Relay(
        String connector,
        SmartHostClient.Hop hop,
        boolean cloudServicesMailEnabled,
        Reason refusedBeforeSending,
        UnaryOperator<SmartHostClient.Outcome> diagnosis) {
    Relay(String connector, SmartHostClient.Hop hop, boolean cloudServicesMailEnabled, Reason refusedBeforeSending) {
        this(connector, hop, cloudServicesMailEnabled, refusedBeforeSending, UnaryOperator.identity());
    }

    /** A connector that carries the domain but refuses before connecting, for {@code reason}. */
    static Relay refusing(String connector, Reason reason) {
        return new Relay(connector, null, false, reason);
    }
}
