package io.fedemu.client.verify;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.RemedyContext;
import io.fedemu.protocol.tenant.TokenTestInfo;

/**
 * ARCHITECTURE.md step 4: whether the gateway issues the requesting organization a free/busy token for this
 * user and the partner's application URI. The tenant asks with its own federation key (POST
 * /admin/federation-trust/test-token), since only it holds that key; the token is encrypted to the partner,
 * so its claims are checked where it lands (the answer link).
 */
final class TokenLink {
    private TokenLink() {}

    static LinkResult judge(String requesterOrg, TokenTestInfo token) {
        if (token.issued()) {
            return LinkResult.ok(
                    Link.TOKEN,
                    "the gateway issued a " + token.offer() + " token for " + token.user() + " to " + token.audience());
        }
        Reason named = Reason.byName(token.reason());
        return LinkResult.broken(
                Link.TOKEN,
                named == null ? Reason.GATEWAY_ANSWER_UNREADABLE : named,
                "the gateway refused a token for " + token.user() + " to " + token.audience() + ": " + token.message(),
                RemedyContext.of(requesterOrg, null, token.user(), null));
    }
}
