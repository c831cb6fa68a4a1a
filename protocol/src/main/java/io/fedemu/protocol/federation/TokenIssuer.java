package io.fedemu.protocol.federation;

import java.net.URI;
import java.util.Objects;

/**
 * A security token service an organization trusts: its issuer URI (the Microsoft Federation Gateway's is
 * {@code urn:federation:MicrosoftOnline}) and the endpoint tokens are requested from.
 */
public record TokenIssuer(String uri, URI endpoint) {
    public TokenIssuer {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(endpoint, "endpoint");
    }
}
