package io.fedemu.protocol.faults;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A fault on one outbound link of an organization.
 *
 * @param to          {@code gateway}, a partner organization's name, or a base URL such as
 *                    {@code https://localhost:9444}
 * @param fault       {@code unreachable} (the connection is refused), {@code connection-reset} (the
 *                    connection is accepted, then reset), {@code delay} (answers arrive {@code delayMillis} late) or
 *                    {@code strip-starttls} (the SMTP path to another organization loses STARTTLS, issue 15)
 * @param delayMillis for {@code delay} only
 * @param via         in answers only: the proxy the link goes through now ({@code null} for {@code unreachable})
 */
public record LinkFault(String to, String fault, Long delayMillis, String via) {

    public LinkFault {
        delayMillis = delayMillis == null ? 0L : delayMillis;
    }

    public static LinkFault of(String to, Kind fault, long delayMillis) {
        return new LinkFault(to, fault.wireName(), delayMillis, null);
    }

    /** The faults a link can have; a proxy (WireMock) makes the network ones real. */
    public enum Kind {
        UNREACHABLE,
        CONNECTION_RESET,
        DELAY,
        /** A device on the SMTP path to the other premises removes STARTTLS from the EHLO answer. */
        STRIP_STARTTLS;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Optional<Kind> fromWireName(String text) {
            return Arrays.stream(values())
                    .filter(kind -> kind.wireName().equals(text))
                    .findFirst();
        }

        public static String wireNames() {
            return Arrays.stream(values()).map(Kind::wireName).toList().toString();
        }
    }
}
