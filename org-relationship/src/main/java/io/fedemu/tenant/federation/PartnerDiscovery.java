package io.fedemu.tenant.federation;

import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.net.URI;

/**
 * Where a partner's EWS lives for a relationship: its TargetSharingEpr, else what its Autodiscover
 * says (GetUserSettings ExternalEwsUrl over /WSSecurity with an MSExchange.Autodiscover token), cached (PROTOCOL.md
 * sections 4 and 14).
 */
@FunctionalInterface
public interface PartnerDiscovery {
    URI ewsUrl(OrganizationRelationship relationship, String targetAddress, Caller caller);

    /** Who asks: the user the Autodiscover token is for, and the request the journal files the steps under. */
    record Caller(String requester, String requestId) {}

    /**
     * Discovery failed; the message says where and why, in fedemu's words (it reaches the wire).
     *
     * @see #reason() the failed check, AUTODISCOVER_FAILED unless a token was refused
     * @see #step() where the requesting side journals it: the Autodiscover token request, or the discovery
     */
    final class DiscoveryException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final Reason reason;
        private final JournalEntry.Step step;

        public DiscoveryException(String message) {
            this(Reason.AUTODISCOVER_FAILED, JournalEntry.Step.DISCOVERY, message, null);
        }

        public DiscoveryException(String message, Throwable cause) {
            this(Reason.AUTODISCOVER_FAILED, JournalEntry.Step.DISCOVERY, message, cause);
        }

        public DiscoveryException(Reason reason, JournalEntry.Step step, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
            this.step = step;
        }

        public Reason reason() {
            return reason;
        }

        public JournalEntry.Step step() {
            return step;
        }
    }
}
