package io.fedemu.tenant.ews;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.federation.ValidatedToken;

/** The receiving side's decision for a partner's user (relationship, scope, permissions). */
@FunctionalInterface
public interface ExternalAccessPolicy {
    AccessVerdict decide(ValidatedToken requester, Mailbox target);

    /** No relationships configured: nobody outside sees anything. */
    ExternalAccessPolicy NONE = (requester, target) -> AccessVerdict.refused(
            Reason.NO_RELATIONSHIP, "No organization relationship covers " + requester.requesterDomain() + ".");
}
