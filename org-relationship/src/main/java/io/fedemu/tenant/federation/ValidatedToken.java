package io.fedemu.tenant.federation;

import java.time.Instant;
import java.util.Locale;

/**
 * What a receiving tenant learned from a valid delegation token: who asks, for which organization,
 * and which keys were involved (for the journal and the trust-chain trace).
 */
public record ValidatedToken(
        String email,
        String immutableId,
        String requestingOrganization,
        String offer,
        Instant expiresAt,
        String signingKeyId,
        String encryptionKeyId,
        String jti) {

    public String requesterDomain() {
        return email.substring(email.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
