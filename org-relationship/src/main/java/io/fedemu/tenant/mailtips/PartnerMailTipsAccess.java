package io.fedemu.tenant.mailtips;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.MailTipsAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.util.Optional;

/**
 * The receiving side's rule for a partner's GetMailTips (PROTOCOL.md section 15): the relationship that lists the
 * sender's domain must be enabled, with MailTipsAccessEnabled and a level other than None; the level and the
 * MailTipsAccessScope then decide what each recipient's answer shows.
 *
 * @param refusal why nothing is answered, or empty
 * @param audience what the partner's user may see, when not refused
 */
public record PartnerMailTipsAccess(Optional<Reason> refusal, MailTipsAudience audience) {

    public static PartnerMailTipsAccess decide(Optional<OrganizationRelationship> bySenderDomain) {
        if (bySenderDomain.isEmpty() || !bySenderDomain.get().enabled()) {
            return refused(Reason.MAIL_TIPS_NO_RELATIONSHIP);
        }
        OrganizationRelationship r = bySenderDomain.get();
        if (!r.mailTipsAccessEnabled()) {
            return refused(Reason.MAIL_TIPS_ACCESS_DISABLED);
        }
        if (r.mailTipsAccessLevel() == MailTipsAccessLevel.NONE) {
            return refused(Reason.MAIL_TIPS_LEVEL_NONE);
        }
        return new PartnerMailTipsAccess(
                Optional.empty(), MailTipsAudience.partner(r.mailTipsAccessLevel(), r.mailTipsAccessScope()));
    }

    private static PartnerMailTipsAccess refused(Reason reason) {
        return new PartnerMailTipsAccess(Optional.of(reason), null);
    }

    /** For the journal: the level and scope granted. */
    public String describe(OrganizationRelationship relationship) {
        return "MailTipsAccessLevel " + audience.level().wireName() + " from relationship '" + relationship.name()
                + "', scope " + (audience.scope() == null ? "everyone" : audience.scope());
    }
}
