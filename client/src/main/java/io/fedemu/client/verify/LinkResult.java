package io.fedemu.client.verify;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.RemedyContext;

/**
 * One link of the trust chain as checked from outside.
 *
 * @param reason the reason of a broken link, the same value the roles' journals and answers carry; null when ok
 * @param detail what was found, in a trainer's words
 * @param remedy what to do about a broken link, the reason's remedy with this chain's names; null when ok
 */
public record LinkResult(Link link, boolean ok, Reason reason, String detail, String remedy) {

    public static LinkResult ok(Link link, String detail) {
        return new LinkResult(link, true, null, detail, null);
    }

    /** A broken link: the reason says what to do, with the names of this chain filled in. */
    public static LinkResult broken(Link link, Reason reason, String detail, RemedyContext context) {
        return new LinkResult(link, false, reason, detail, reason.remedy(context));
    }

    /** ✓ or ✗, as the trace prints it. */
    public String mark() {
        return ok ? "✓" : "✗";
    }

    /** One or two lines: the mark, the link and what was found; then the remedy of a broken link. */
    public String format() {
        String head = mark() + " " + link.title() + ": " + (reason == null ? "" : reason + ": ") + detail;
        return remedy == null ? head : head + System.lineSeparator() + "    remedy: " + remedy;
    }
}
