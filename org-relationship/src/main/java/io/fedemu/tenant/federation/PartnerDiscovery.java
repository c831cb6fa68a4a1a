package io.fedemu.tenant.federation;

import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.net.URI;

/**
 * Where a partner's EWS lives for a relationship: its TargetSharingEpr, else what its Autodiscover
 * says (GetUserSettings ExternalEwsUrl), cached (PROTOCOL.md section 4, issue 5).
 */
@FunctionalInterface
public interface PartnerDiscovery {
    URI ewsUrl(OrganizationRelationship relationship, String targetAddress);

    /** Discovery failed; the message says where and why. */
    final class DiscoveryException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DiscoveryException(String message) {
            super(message);
        }

        public DiscoveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
