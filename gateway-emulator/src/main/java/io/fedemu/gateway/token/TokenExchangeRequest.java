package io.fedemu.gateway.token;

/** The form parameters of a token request, as received; nothing validated yet. */
public record TokenExchangeRequest(
        String grantType,
        String clientAssertionType,
        String clientAssertion,
        String subjectToken,
        String subjectTokenType,
        String audience,
        String scope) {}
