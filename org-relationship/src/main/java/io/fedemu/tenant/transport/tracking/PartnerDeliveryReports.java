package io.fedemu.tenant.transport.tracking;

import io.fedemu.protocol.ews.types.RecipientTrackingEventType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.util.List;

/**
 * The sender's organization following a message into a partner organization: the partner's recipient tracking events
 * for it, or why they could not be had (PROTOCOL.md section 19).
 */
public interface PartnerDeliveryReports {
    /**
     * The partner's events of the message {@code messageId} that {@code sender} sent to {@code target}, a mailbox of the
     * partner that {@code relationship} covers.
     */
    Followed follow(
            OrganizationRelationship relationship, String sender, String messageId, String target, String requestId);

    /** The partner's events, or the refusal: its reason and text (the partner's own, passed through). */
    record Followed(List<RecipientTrackingEventType> events, Reason refusal, String message) {
        public static Followed of(List<RecipientTrackingEventType> events) {
            return new Followed(List.copyOf(events), null, null);
        }

        public static Followed refused(Reason reason, String message) {
            return new Followed(List.of(), reason, message);
        }
    }

    /** An organization without a federation trust asks no partner. */
    PartnerDeliveryReports UNFEDERATED = (relationship, sender, messageId, target, requestId) -> Followed.refused(
            Reason.NO_FEDERATION_TRUST,
            "This organization has no federation trust, so it cannot follow the message into the organization of "
                    + target + ".");
}
