package io.fedemu.client.http;

/**
 * What fedemu passes on of text it did not write (a partner's fault message, a gateway's error description):
 * printable characters only, whitespace collapsed, cut to a length. A trainer still sees the far side's words;
 * a hostile far side cannot inject control characters, markup line breaks or megabytes into an answer.
 */
public final class SafeText {
    private SafeText() {}

    public static String of(String text, int maxLength) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(Math.min(text.length(), maxLength + 1));
        boolean space = false;
        for (int i = 0; i < text.length() && safe.length() < maxLength; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) {
                space = safe.length() > 0;
                continue;
            }
            if (space) {
                safe.append(' ');
                space = false;
            }
            safe.append(c);
        }
        return safe.length() >= maxLength && text.length() > maxLength ? safe + "…" : safe.toString();
    }

    /** A code such as a ResponseCode or fault code: letters, digits and {@code :._-}, at most 64 of them. */
    public static String code(String text) {
        if (text == null) {
            return "";
        }
        String kept = text.replaceAll("[^A-Za-z0-9:._-]", "");
        return kept.length() > 64 ? kept.substring(0, 64) : kept;
    }
}
