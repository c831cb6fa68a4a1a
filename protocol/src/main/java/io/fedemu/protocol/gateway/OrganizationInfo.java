package io.fedemu.protocol.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A federation trust as the gateway holds it (what Get-FederationTrust shows). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrganizationInfo(
        String name,
        OrganizationKind kind,
        String applicationUri,
        String applicationIdentifier,
        boolean enabled,
        List<String> federatedDomains,
        CertificateInfo currentCertificate,
        CertificateInfo nextCertificate,
        CertificateInfo previousCertificate,
        Instant previousAcceptedUntil) {}
