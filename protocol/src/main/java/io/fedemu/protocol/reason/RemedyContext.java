package io.fedemu.protocol.reason;

import java.util.Locale;

/**
 * The names a remedy needs to be followed as written: which organizations, which user and target, which
 * relationship. Unknown parts read as a description ("the partner organization"), so a remedy is always a
 * sentence. {@code gatewayAtFault} is the verifier's evidence that both metadata copies are current and the
 * relationship asks for the right audience, so a token refusal can only be the gateway's doing.
 */
public record RemedyContext(
        String requester,
        String partner,
        String user,
        String target,
        String relationship,
        String detail,
        boolean gatewayAtFault) {

    public static final RemedyContext NONE = new RemedyContext(null, null, null, null, null, null, false);

    public static RemedyContext of(String requester, String partner, String user, String target) {
        return new RemedyContext(requester, partner, user, target, null, null, false);
    }

    public RemedyContext withRelationship(String name) {
        return new RemedyContext(requester, partner, user, target, name, detail, gatewayAtFault);
    }

    /** A fact only the caller knows (an application URI, a list of domains) that the remedy names. */
    public RemedyContext withDetail(String value) {
        return new RemedyContext(requester, partner, user, target, relationship, value, gatewayAtFault);
    }

    public RemedyContext withGatewayAtFault(boolean value) {
        return new RemedyContext(requester, partner, user, target, relationship, detail, value);
    }

    String requesterName() {
        return requester == null ? "the requesting organization" : requester;
    }

    String partnerName() {
        return partner == null ? "the partner organization" : partner;
    }

    String targetName() {
        return target == null ? "the target mailbox" : target;
    }

    String userName() {
        return user == null ? "the requesting user" : user;
    }

    String targetDomain() {
        return domainOf(target, "the target's domain");
    }

    String userDomain() {
        return domainOf(user, "the requester's domain");
    }

    /** {@code --identity 'NAME'} when the relationship is known, else a placeholder to fill in. */
    String identity() {
        return relationship == null ? "--identity NAME" : "--identity '" + relationship + "'";
    }

    String detailOr(String fallback) {
        return detail == null ? fallback : detail;
    }

    private static String domainOf(String address, String fallback) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        return at < 0 ? fallback : address.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
