package io.fedemu.client.verify;

import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.RemedyContext;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.TokenTestInfo;
import java.util.List;
import java.util.Optional;

/**
 * The Autodiscover token as its own link (PROTOCOL.md section 14): the requesting organization asks the gateway for
 * an MSExchange.Autodiscover token and calls the partner's /autodiscover/autodiscover.svc/WSSecurity with it. The
 * gateway's part is asked of the requesting tenant (it alone holds its federation key); the partner's verdict is read
 * from the journals of the answer probe's request, the same entries --trace prints, so the two cannot disagree.
 */
final class AutodiscoverTokenLink {
    private AutodiscoverTokenLink() {}

    /**
     * @param relationship the requesting side's relationship for the target, when it has one
     * @param issued       the gateway's answer to an Autodiscover token request, or why it could not be asked
     * @param journals     both tenants' journal entries of the answer probe's request
     */
    static LinkResult judge(
            String requesterOrg,
            String partnerOrg,
            Optional<OrganizationRelationship> relationship,
            Attempt<TokenTestInfo> issued,
            List<JournalEntry> journals,
            String requester) {
        Link link = Link.AUTODISCOVER_TOKEN;
        RemedyContext context = RemedyContext.of(requesterOrg, partnerOrg, requester, null);
        if (relationship.isPresent() && relationship.get().targetSharingEpr() != null) {
            return LinkResult.ok(
                    link,
                    "not used: " + requesterOrg + "'s relationship names TargetSharingEpr "
                            + relationship.get().targetSharingEpr() + ", so Autodiscover is not asked");
        }
        if (!issued.ok()) {
            return LinkResult.broken(link, issued.reason(), "could not be checked: " + issued.failure(), context);
        }
        TokenTestInfo token = issued.value();
        if (!token.issued()) {
            Reason named = Reason.byName(token.reason());
            return LinkResult.broken(
                    link,
                    named == null ? Reason.GATEWAY_ANSWER_UNREADABLE : named,
                    "the gateway refused a " + token.offer() + " token for " + token.user() + " to " + token.audience()
                            + ": " + token.message(),
                    context);
        }
        String issuedText =
                "the gateway issued a " + token.offer() + " token for " + token.user() + " to " + token.audience();
        Optional<JournalEntry> failed = journals.stream()
                .filter(entry -> entry.verdict() == JournalEntry.Verdict.FAIL)
                .filter(entry -> entry.step() == JournalEntry.Step.AUTODISCOVER_TOKEN_VALIDATION
                        || entry.step() == JournalEntry.Step.AUTODISCOVER_TOKEN_REQUEST)
                .findFirst();
        if (failed.isPresent()) {
            JournalEntry entry = failed.get();
            return LinkResult.broken(
                    link,
                    entry.reason(),
                    issuedText + "; " + entry.role() + " journaled " + entry.step() + ": "
                            + (entry.detail() == null ? entry.reason().sentence() : entry.detail()),
                    context.withGatewayAtFault(false));
        }
        Optional<JournalEntry> validated = journals.stream()
                .filter(entry -> entry.step() == JournalEntry.Step.AUTODISCOVER_TOKEN_VALIDATION)
                .findFirst();
        return LinkResult.ok(
                link,
                validated
                        .map(entry ->
                                issuedText + "; " + entry.role() + "'s Autodiscover validated it: " + entry.detail())
                        .orElse(issuedText + "; this request used the EWS URL " + requesterOrg
                                + " had already discovered, so the partner's Autodiscover was not asked"));
    }
}
