package io.fedemu.client.verify;

/**
 * One link of the trust chain as checked from outside.
 *
 * @param reason the named reason of a broken link (e.g. TOKEN_EXPIRED, RELATIONSHIP_DISABLED); null when ok
 * @param detail what was found, in a trainer's words
 * @param remedy what to do about a broken link; null when ok
 */
public record LinkResult(Link link, boolean ok, String reason, String detail, String remedy) {

    public static LinkResult ok(Link link, String detail) {
        return new LinkResult(link, true, null, detail, null);
    }

    public static LinkResult broken(Link link, String reason, String detail, String remedy) {
        return new LinkResult(link, false, reason, detail, remedy);
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
