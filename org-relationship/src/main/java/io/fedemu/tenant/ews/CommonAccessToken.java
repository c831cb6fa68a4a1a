package io.fedemu.tenant.ews;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.tenant.availability.AccessLevel;
import java.nio.charset.StandardCharsets;
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
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Far above 100 mailboxes' worth; a header larger than this is not one a Client Access server wrote. */
    static final int MAX_CHARS = 16 * 1024;

    public CommonAccessToken {
        access = List.copyOf(access);
    }

    public String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a CommonAccessToken", e);
        }
    }

    /** The token in {@code header}, or null when it is absent or not one a Client Access server wrote. */
    public static CommonAccessToken decode(String header) {
        if (header == null || header.length() > MAX_CHARS) {
            return null;
        }
        try {
            CommonAccessToken token = JSON.readValue(
                    new String(Base64.getUrlDecoder().decode(header.trim()), StandardCharsets.UTF_8),
                    CommonAccessToken.class);
            // The record's List.copyOf already refused null levels.
            return token.requester() == null ? null : token;
        } catch (RuntimeException | java.io.IOException e) {
            return null;
        }
    }
}
