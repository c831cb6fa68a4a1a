package io.fedemu.gateway.token;

import io.fedemu.certs.Credential;

/**
 * What an injected fault changes about the tokens the gateway issues (issue 7): the key that signs them
 * and the audience they name. Without faults both are what they should be.
 */
public interface TokenFaults {
    TokenFaults NONE = new TokenFaults() {
        @Override
        public Credential signingKey(Credential published) {
            return published;
        }

        @Override
        public String audience(String targetApplicationUri) {
            return targetApplicationUri;
        }
    };

    /** The key to sign with, given the current published one. */
    Credential signingKey(Credential published);

    /** The audience claim, given the target organization's application URI. */
    String audience(String targetApplicationUri);
}
