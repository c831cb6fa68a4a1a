package io.fedemu.client.verify;

import io.fedemu.client.gateway.SigningCertificates;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.gateway.GatewayMetadata;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.RemedyContext;
import io.fedemu.protocol.tenant.FederationTrustInfo;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * The gateway's metadata and each tenant's copy of it (PROTOCOL.md section 3): a receiver verifies token
 * signatures only with the keys of its copy, so a copy without the gateway's current key is the classic break
 * after a gateway certificate renewal.
 */
final class MetadataLinks {
    private MetadataLinks() {}

    static LinkResult gateway(GatewayMetadata metadata, List<FederationInformation> published, Instant now) {
        Link link = Link.GATEWAY_METADATA;
        X509Certificate current = SigningCertificates.x509(metadata.tokenIssuerCertificate());
        String detail = "issuer " + metadata.issuer() + ", signing certificate "
                + metadata.tokenIssuerCertificate().thumbprint() + " valid "
                + current.getNotBefore().toInstant() + " to "
                + current.getNotAfter().toInstant()
                + (metadata.tokenIssuerPrevCertificate() == null
                        ? ", no previous certificate"
                        : ", previous " + metadata.tokenIssuerPrevCertificate().thumbprint());
        if (now.isBefore(current.getNotBefore().toInstant())
                || now.isAfter(current.getNotAfter().toInstant())) {
            return LinkResult.broken(link, Reason.GATEWAY_CERTIFICATE_NOT_CURRENT, detail, RemedyContext.NONE);
        }
        for (FederationInformation information : published) {
            if (information != null
                    && information.tokenIssuers().stream()
                            .noneMatch(issuer -> issuer.uri().equals(metadata.issuer()))) {
                return LinkResult.broken(
                        link,
                        Reason.TOKEN_ISSUER_MISMATCH,
                        detail + "; an organization publishing "
                                + information.applicationUri() + " trusts "
                                + information.tokenIssuers().stream()
                                        .map(issuer -> issuer.uri())
                                        .toList(),
                        RemedyContext.NONE);
            }
        }
        return LinkResult.ok(link, detail);
    }

    /**
     * @param receiving whether this copy verifies the tokens of this request: a stale copy on the requesting
     *                  side breaks only answers it gives, so it is reported but does not break this chain
     */
    static LinkResult copy(Link link, FederationTrustInfo trust, GatewayMetadata metadata, boolean receiving) {
        String currentKey = metadata.tokenIssuerCertificate().thumbprint();
        List<String> held = trust.tokenIssuerKeys() == null ? List.of() : trust.tokenIssuerKeys();
        boolean fresh = held.stream().anyMatch(key -> key.equalsIgnoreCase(currentKey));
        String detail = trust.name() + " holds gateway keys " + held + " fetched " + trust.metadataFetchedAt()
                + "; the gateway signs with " + currentKey;
        if (fresh) {
            return LinkResult.ok(link, detail);
        }
        RemedyContext context = RemedyContext.of(null, trust.name(), null, null);
        if (!receiving) {
            return LinkResult.ok(
                    link,
                    detail + " (stale, but it verifies only tokens sent to " + trust.name() + ": "
                            + Reason.GATEWAY_KEY_UNKNOWN.remedy(context) + ")");
        }
        return LinkResult.broken(link, Reason.GATEWAY_KEY_UNKNOWN, detail, context);
    }
}
