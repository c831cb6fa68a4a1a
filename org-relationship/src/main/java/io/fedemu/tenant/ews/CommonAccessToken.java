package io.fedemu.tenant.ews;

import io.fedemu.tenant.availability.AccessLevel;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What a Client Access server tells the Mailbox server it proxies to, in {@code X-CommonAccessToken} (the header
 * Exchange 2013 uses for this hop): who is asking, which request this is, and the access granted for each mailbox
 * of the proxied request, in request order. The Client Access server authenticated the caller and decided the
 * access; the Mailbox server trusts this only from a server of its organization (the back-end secret).
 *
 * @param requester the authenticated user, or the partner user of a delegation token
 * @param requestId the request's id, so the journal joins the hops
 * @param access    per MailboxData of the proxied request, in order
 */
public record CommonAccessToken(String requester, String requestId, List<AccessLevel> access) {
    /** Far above 100 mailboxes' worth; a header larger than this is not one a Client Access server wrote. */
    static final int MAX_CHARS = 16 * 1024;
    /** This form's mark, so a header of another form (or none) is refused rather than misread. */
    private static final String FORM = "cat1";
    /** Stands for an absent request id; URL encoding writes '~' as %7E, so no value encodes to it. */
    private static final String ABSENT = "~";

    public CommonAccessToken {
        access = List.copyOf(access);
    }

    /**
     * {@code cat1;requester;requestId;levels}, URL-encoded fields and one digit per mailbox (the level's ordinal),
     * in base64url. A plain form rather than JSON: it is written and read once per proxied request, and
     * Jackson's record binding cost several percent of a local GetUserAvailability.
     */
    public String encode() {
        StringBuilder levels = new StringBuilder(access.size());
        access.forEach(level -> levels.append((char) ('0' + level.ordinal())));
        String plain = FORM + ';' + field(requester) + ';' + field(requestId) + ';' + levels;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The token in {@code header}, or null when it is absent or not one a Client Access server wrote. */
    public static CommonAccessToken decode(String header) {
        if (header == null || header.length() > MAX_CHARS) {
            return null;
        }
        try {
            String[] fields =
                    new String(Base64.getUrlDecoder().decode(header.trim()), StandardCharsets.UTF_8).split(";", -1);
            if (fields.length != 4 || !fields[0].equals(FORM) || fields[1].equals(ABSENT)) {
                return null;
            }
            AccessLevel[] known = AccessLevel.values();
            List<AccessLevel> access = new ArrayList<>(fields[3].length());
            for (char digit : fields[3].toCharArray()) {
                int ordinal = digit - '0';
                if (ordinal < 0 || ordinal >= known.length) {
                    return null;
                }
                access.add(known[ordinal]);
            }
            return new CommonAccessToken(value(fields[1]), value(fields[2]), access);
        } catch (IllegalArgumentException e) {
            return null; // not base64url, or a field that is not URL encoding
        }
    }

    private static String field(String value) {
        return value == null ? ABSENT : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String value(String field) {
        return field.equals(ABSENT) ? null : URLDecoder.decode(field, StandardCharsets.UTF_8);
    }
}
