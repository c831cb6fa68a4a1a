package io.fedemu.protocol.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * A tenant's federation trust as Get-FederationTrust shows it: its certificates by slot (SHA-1
 * thumbprints), its domains, and its copy of the gateway's metadata (when fetched, which signing keys).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FederationTrustInfo(
        String name,
        String applicationUri,
        List<String> federatedDomains,
        String currentCertificate,
        String nextCertificate,
        String previousCertificate,
        String tokenIssuerUri,
        Instant metadataFetchedAt,
        List<String> tokenIssuerKeys) {}
