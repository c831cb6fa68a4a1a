package io.fedemu.protocol.federation;

import java.util.List;
import java.util.Objects;

/**
 * What GetFederationInformation tells about an organization (PROTOCOL.md sections 3 and 5): the application
 * URI a partner asks tokens for, the domains it federated, and the token issuers it trusts. It is what
 * {@code Get-FederationInformation} prints as TargetApplicationUri, DomainNames and TokenIssuerUris.
 */
public record FederationInformation(String applicationUri, List<String> domains, List<TokenIssuer> tokenIssuers) {
    public FederationInformation {
        Objects.requireNonNull(applicationUri, "applicationUri");
        domains = List.copyOf(domains);
        tokenIssuers = List.copyOf(tokenIssuers);
    }
}
