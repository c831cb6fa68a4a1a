package io.fedemu.client.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.Credential;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.TokenExchange;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

/** The token request the client sends, built by the Nimbus OAuth 2.0 SDK: the gateway's names, our clock. */
class TokenRequestFormTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String CONTOSO = "FYDIBOHF25SPDLT.contoso.com";
    private static final String FABRIKAM = "FYDIBOHF25SPDLT.fabrikam.com";

    @Test
    void theFormCarriesTheTokenExchangeAndAPrivateKeyJwtOnTheOrganizationsClock() throws Exception {
        Credential key = CertificateAuthority.selfSignedFederation("contoso", Clock.systemUTC());
        FederationAssertions assertions = new FederationAssertions(key, CONTOSO, Clock.fixed(NOW, ZoneOffset.UTC));
        GatewayClient client = new GatewayClient(URI.create("https://gateway.example/"), SSLContext.getDefault());

        Map<String, List<String>> form = client.tokenRequest(
                        assertions, "alice@contoso.com", "alice-id", FABRIKAM, Offer.SHARING_CALENDAR_FREE_BUSY)
                .toHTTPRequest()
                .getBodyAsFormParameters();

        assertThat(form)
                .containsOnlyKeys(
                        TokenExchange.PARAM_GRANT_TYPE,
                        TokenExchange.PARAM_CLIENT_ASSERTION_TYPE,
                        TokenExchange.PARAM_CLIENT_ASSERTION,
                        TokenExchange.PARAM_SUBJECT_TOKEN,
                        TokenExchange.PARAM_SUBJECT_TOKEN_TYPE,
                        TokenExchange.PARAM_AUDIENCE,
                        TokenExchange.PARAM_SCOPE)
                .containsEntry(TokenExchange.PARAM_GRANT_TYPE, List.of(TokenExchange.GRANT_TYPE))
                .containsEntry(TokenExchange.PARAM_CLIENT_ASSERTION_TYPE, List.of(TokenExchange.CLIENT_ASSERTION_TYPE))
                .containsEntry(TokenExchange.PARAM_SUBJECT_TOKEN_TYPE, List.of(TokenExchange.JWT_TOKEN_TYPE))
                .containsEntry(TokenExchange.PARAM_AUDIENCE, List.of(FABRIKAM))
                .containsEntry(TokenExchange.PARAM_SCOPE, List.of(Offer.SHARING_CALENDAR_FREE_BUSY.wireName()));

        SignedJWT assertion =
                SignedJWT.parse(form.get(TokenExchange.PARAM_CLIENT_ASSERTION).get(0));
        assertThat(assertion.getHeader().getKeyID()).isEqualTo(key.thumbprint());
        assertThat(assertion.getJWTClaimsSet().getIssuer()).isEqualTo(CONTOSO);
        assertThat(assertion.getJWTClaimsSet().getSubject()).isEqualTo(CONTOSO);
        assertThat(assertion.getJWTClaimsSet().getAudience())
                .containsExactly("https://gateway.example/federation/token");
        assertThat(assertion.getJWTClaimsSet().getIssueTime()).isEqualTo(Date.from(NOW));
        assertThat(assertion.getJWTClaimsSet().getExpirationTime())
                .isEqualTo(Date.from(NOW.plus(FederationAssertions.ASSERTION_LIFETIME)));
        assertThat(assertion.getJWTClaimsSet().getJWTID()).isNotBlank();
        assertThat(SignedJWT.parse(form.get(TokenExchange.PARAM_SUBJECT_TOKEN).get(0))
                        .getJWTClaimsSet()
                        .getStringClaim(TokenExchange.CLAIM_EMAIL))
                .isEqualTo("alice@contoso.com");
    }
}
