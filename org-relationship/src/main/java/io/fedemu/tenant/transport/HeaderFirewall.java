package io.fedemu.tenant.transport;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Exchange's header firewall and the cross-premises rewrite (docs/PROTOCOL.md section 17). Organization and forest
 * headers never cross an untrusted path; between the premises they travel as {@code X-MS-Exchange-CrossPremises-*}
 * and are promoted back on a connection whose certificate check passed, replacing any copies already present.
 */
public final class HeaderFirewall {
    public static final String ORGANIZATION = "X-MS-Exchange-Organization-";
    public static final String FOREST = "X-MS-Exchange-Forest-";
    public static final String CROSS_PREMISES = "X-MS-Exchange-CrossPremises-";
    public static final String FILTERED_BY_SEND_CONNECTOR = "X-CrossPremisesHeadersFilteredBySendConnector";

    private HeaderFirewall() {}

    /** On the way out through a connector: rewrite to cross-premises headers, or strip them all. */
    public static void leaving(MimeMessage message, boolean cloudServicesMailEnabled, String server)
            throws MessagingException {
        for (Header header : headers(message)) {
            String name = header.getName();
            if (startsWith(name, ORGANIZATION)) {
                message.removeHeader(name);
                if (cloudServicesMailEnabled) {
                    message.addHeader(CROSS_PREMISES + name.substring(ORGANIZATION.length()), header.getValue());
                }
            } else if (startsWith(name, FOREST) || (!cloudServicesMailEnabled && startsWith(name, CROSS_PREMISES))) {
                message.removeHeader(name);
            }
        }
        if (!cloudServicesMailEnabled) {
            message.setHeader(FILTERED_BY_SEND_CONNECTOR, server);
        }
    }

    /**
     * On the way in: whatever the sender claims is dropped; cross-premises headers are promoted only for an
     * internal arrival; then the receiving server stamps how it authenticated the message.
     */
    public static void arriving(MimeMessage message, Arrival arrival) throws MessagingException {
        for (Header header : headers(message)) {
            String name = header.getName();
            if (startsWith(name, ORGANIZATION) || startsWith(name, FOREST)) {
                message.removeHeader(name);
            }
        }
        for (Header header : headers(message)) {
            String name = header.getName();
            if (startsWith(name, CROSS_PREMISES)) {
                message.removeHeader(name);
                // A user's submission is no trusted path for organization headers, whatever it carries.
                if (arrival.internal() && arrival.authenticatedUser() == null) {
                    message.setHeader(ORGANIZATION + name.substring(CROSS_PREMISES.length()), header.getValue());
                }
            }
        }
        String promoted = message.getHeader(ORGANIZATION + "AuthAs", null);
        if (arrival.internal() && promoted != null && !"Internal".equalsIgnoreCase(promoted)) {
            // Internet mail one premises relays to the other keeps the AuthAs of where it entered the organization
            // (docs/PROTOCOL.md section 20): the hop is trusted, the original sender is not.
            message.setHeader(ORGANIZATION + "AuthAs", promoted);
        } else if (arrival.internal()) {
            message.setHeader(ORGANIZATION + "AuthAs", "Internal");
            // SCL -1: exempt from content filtering, as mail between the premises is.
            message.setHeader(ORGANIZATION + "SCL", "-1");
        } else {
            message.setHeader(ORGANIZATION + "AuthAs", "Anonymous");
        }
        message.setHeader(ORGANIZATION + "AuthSource", arrival.server());
        if (arrival.authDomain() != null) {
            message.setHeader(ORGANIZATION + "AuthDomain", arrival.authDomain());
        }
    }

    private static List<Header> headers(MimeMessage message) throws MessagingException {
        return new ArrayList<>(Collections.list(message.getAllHeaders()));
    }

    private static boolean startsWith(String name, String prefix) {
        return name.toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT));
    }
}
