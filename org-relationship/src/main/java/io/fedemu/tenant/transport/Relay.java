package io.fedemu.tenant.transport;

import io.fedemu.protocol.reason.Reason;

/**
 * The connector a message leaves through for one recipient domain, the hop it sends to, and, when the connector
 * cannot even try (its certificate is not there), the reason it refuses before connecting.
 */
record Relay(
        String connector, SmartHostClient.Hop hop, boolean cloudServicesMailEnabled, Reason refusedBeforeSending) {}
