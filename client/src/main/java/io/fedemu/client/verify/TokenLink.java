package io.fedemu.client.verify;

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
        return LinkResult.broken(
                Link.TOKEN,
                token.reason(),
                "the gateway refused a token for " + token.user() + " to " + token.audience() + ": " + token.message(),
                remedy(requesterOrg, token));
    }

    private static String remedy(String org, TokenTestInfo token) {
        String reason = token.reason() == null ? "" : token.reason();
        if (reason.startsWith("ASSERTION_EXPIRED") || reason.startsWith("ASSERTION_NOT_YET_VALID")) {
            return "the clocks of " + org + " and the gateway are apart: set the clock that is off to the right time";
        }
        return switch (reason) {
            case "USER_DOMAIN_NOT_FEDERATED" ->
                "prove the user's domain at the gateway: get-federated-domain-proof on " + org
                        + ", then add the domain to its federation trust";
            case "AUDIENCE_UNKNOWN", "AUDIENCE_DISABLED" ->
                "set TargetApplicationUri of " + org
                        + "'s relationship to the partner's application URI (get-federation-information)";
            case "ASSERTION_KEY_UNKNOWN" ->
                org + " signs with a certificate the gateway does not hold: run "
                        + "set-federation-trust --publish-federation-certificate on " + org;
            case "ORGANIZATION_UNKNOWN", "ORGANIZATION_DISABLED" ->
                "re-establish " + org + "'s federation trust at " + "the gateway";
            case "GATEWAY_UNREACHABLE" -> "start the gateway, or check the gateway URL of " + org;
            default -> "see the gateway's reason " + reason + " and fix " + org + "'s federation trust";
        };
    }
}
