package io.fedemu.tenant.federation;

/**
 * Each check a receiving tenant makes on a delegation token, in order (PROTOCOL.md section 3), with
 * the sentence a trainer reads aloud and the remedy. The name is what the SOAP fault, the journal
 * and the requesting side's error text carry.
 */
public enum TokenCheck {
    TOKEN_MISSING(
            "The request carries no delegation token in its wsse:Security header.",
            "Send the token as a wsse:BinarySecurityToken."),
    TOKEN_MALFORMED("The delegation token is not a JWE carrying a signed JWT.", "Use the token the gateway issued."),
    TOKEN_NOT_FOR_OUR_KEY(
            "The token is encrypted to a federation certificate this organization does not hold "
                    + "(neither current nor previous).",
            "Publish the certificate at the gateway, or keep the previous one."),
    GATEWAY_KEY_UNKNOWN(
            "The token is signed with a gateway key missing from this organization's copy of the "
                    + "gateway metadata.",
            "Run set-federation-trust --refresh-metadata on the receiving organization."),
    TOKEN_SIGNATURE_INVALID(
            "The token's signature does not verify with the gateway key it names.",
            "The token was altered or forged; request a new one."),
    TOKEN_ISSUER_MISMATCH(
            "The token was issued by another issuer than the gateway this organization trusts.",
            "Both organizations must federate with the same gateway."),
    TOKEN_AUDIENCE_MISMATCH(
            "The token is meant for another organization's application URI.",
            "Check TargetApplicationUri of the requesting side's organization relationship."),
    TOKEN_OFFER_MISMATCH(
            "The token was issued for another offer than this service.",
            "Request a token for the offer of the service called."),
    TOKEN_EXPIRED(
            "The token has expired, allowing for clock skew.",
            "Check the clocks of both organizations and the gateway (more than 5 minutes apart breaks trust)."),
    TOKEN_NOT_YET_VALID(
            "The token is not valid yet, allowing for clock skew.",
            "Check the clocks of both organizations and the gateway (more than 5 minutes apart breaks trust)."),
    TOKEN_EMAIL_MISSING("The token names no requesting user email.", "Use the token the gateway issued.");

    private final String sentence;
    private final String remedy;

    TokenCheck(String sentence, String remedy) {
        this.sentence = sentence;
        this.remedy = remedy;
    }

    public String sentence() {
        return sentence;
    }

    public String remedy() {
        return remedy;
    }
}
