package io.fedemu.tenant.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * The Receive connector's connection limits as Get-ReceiveConnector shows them, the same on every listening
 * connector of fedemu's transport.
 *
 * @param connectionInactivityTimeout how long a connection may stay silent (Exchange's default on Default Frontend:
 *     1 minute); past it the session is dropped
 * @param connectionTimeout how long a connection may stay open however busy it is (Exchange's default: 10
 *     minutes); what bounds a client trickling its DATA byte by byte or pipelining commands it never reads the
 *     answers of
 * @param maxInboundConnectionPerSource how many connections one source IP address may hold at once (Exchange's
 *     default: 20); every sender of the emulator is on the loopback, so this counts them all together
 */
public record ConnectionLimits(
        Duration connectionInactivityTimeout, Duration connectionTimeout, int maxInboundConnectionPerSource) {
    public static final ConnectionLimits DEFAULTS =
            new ConnectionLimits(Duration.ofMinutes(1), Duration.ofMinutes(10), 20);

    public ConnectionLimits {
        Objects.requireNonNull(connectionInactivityTimeout, "connectionInactivityTimeout");
        Objects.requireNonNull(connectionTimeout, "connectionTimeout");
        if (connectionInactivityTimeout.isNegative()
                || connectionInactivityTimeout.isZero()
                || connectionTimeout.compareTo(connectionInactivityTimeout) <= 0) {
            // Set-ReceiveConnector refuses a ConnectionTimeout not greater than ConnectionInactivityTimeout.
            throw new IllegalArgumentException(
                    "ConnectionTimeout must be greater than ConnectionInactivityTimeout, both positive");
        }
        if (maxInboundConnectionPerSource < 1) {
            throw new IllegalArgumentException("MaxInboundConnectionPerSource must be at least 1");
        }
    }
}
