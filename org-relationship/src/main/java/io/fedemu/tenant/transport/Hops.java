package io.fedemu.tenant.transport;

import jakarta.mail.internet.MailDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Received} line each receiving server puts on top of a message, as Exchange does: who handed it over
 * (the EHLO name), which server took it and whether over TLS (ESMTPS) or as an authenticated submission (ESMTPSA).
 * Read back oldest first, they are the hops a message took (test-mail-flow, docs/PROTOCOL.md section 18).
 */
public final class Hops {
    private static final Pattern RECEIVED = Pattern.compile("from (\\S+) by (\\S+) with (\\S+);.*", Pattern.DOTALL);

    private Hops() {}

    /** One hop: {@code from} handed the message to {@code by} over {@code protocol}. */
    public record Hop(String from, String by, String protocol) {}

    static String received(String helo, Arrival arrival, boolean tls) {
        String protocol = arrival.authenticatedUser() != null ? "ESMTPSA" : tls ? "ESMTPS" : "ESMTP";
        return "from " + helo + " by " + arrival.server() + " with " + protocol + "; "
                + new MailDateFormat().format(new Date());
    }

    /** The hops in {@code receivedHeaders} (as a message holds them, newest first), oldest first. */
    public static List<Hop> of(String[] receivedHeaders) {
        List<Hop> hops = new ArrayList<>();
        if (receivedHeaders == null) {
            return hops;
        }
        for (String header : receivedHeaders) {
            Matcher m = RECEIVED.matcher(header.replaceAll("\\s+", " ").trim());
            if (m.matches()) {
                hops.add(new Hop(m.group(1), m.group(2), m.group(3)));
            }
        }
        Collections.reverse(hops);
        return hops;
    }
}
