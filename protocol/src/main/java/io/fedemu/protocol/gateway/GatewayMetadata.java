package io.fedemu.protocol.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The gateway's federation metadata (fedemu's JSON form of FederationMetadata.xml): who issues tokens,
 * where to ask for them, and the certificates that sign them, current and previous
 * (TokenIssuerCertificate and TokenIssuerPrevCertificate). Receivers cache it and refresh it every
 * {@code refreshIntervalSeconds}, or on demand (Set-FederationTrust -RefreshMetadata).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GatewayMetadata(
        String issuer,
        String tokenEndpoint,
        String jwksUri,
        long refreshIntervalSeconds,
        SigningCertificate tokenIssuerCertificate,
        SigningCertificate tokenIssuerPrevCertificate,
        List<String> offers) {

    /** A token-signing certificate: {@code kid} as in the JWS header, {@code x5c} as in RFC 7517. */
    public record SigningCertificate(
            String kid, String thumbprint, String x5tS256, java.time.Instant notAfter, List<String> x5c) {}
}
