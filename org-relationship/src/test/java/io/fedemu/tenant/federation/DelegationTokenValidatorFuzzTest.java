package io.fedemu.tenant.federation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.util.Base64URL;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateSlots;
import io.fedemu.certs.Credential;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.reason.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Any token either validates or is refused with a {@link TokenRejectedException} naming its {@code Reason};
 * no other exception, no hang. The committed corpus runs in every build (docs/reference/fuzzing.md);
 * {@code JAZZER_FUZZ=1} fuzzes.
 *
 * <p>An input is taken as the token's text, unless it starts with <code>{</code>: then its three lines are the
 * JWE header, the JWS header and the claims as JSON, and the token is built from them the way the gateway
 * builds one (signed by the gateway's key, encrypted to ours), so the checks after decryption see
 * well-formed crypto around broken content. {@code $GATEWAY} and {@code $OURS} stand for the two keys'
 * thumbprints, which change with every run.
 */
class DelegationTokenValidatorFuzzTest {
    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final String FABRIKAM = "FYDIBOHF25SPDLT.fabrikam.com";
    static final String OFFER = Offer.SHARING_CALENDAR_FREE_BUSY.wireName();

    private static Credential gatewayKey;
    private static Credential fabrikamKey;
    private static GatewayStub gateway;
    private static DelegationTokenValidator validator;

    @BeforeAll
    static void start() {
        gatewayKey = CertificateAuthority.selfSignedFederation("gateway", Clock.systemUTC());
        fabrikamKey = CertificateAuthority.selfSignedFederation("fabrikam", Clock.systemUTC());
        gateway = new GatewayStub().publishes(gatewayKey);
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        validator = new DelegationTokenValidator(
                FABRIKAM,
                () -> CertificateSlots.of(fabrikamKey),
                new GatewayMetadataCache(gateway.client(), clock),
                clock,
                Duration.ofMinutes(5),
                false);
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void validatesOrRejectsWithAReason(byte[] input) {
        String token = token(new String(input, StandardCharsets.UTF_8));
        try {
            ValidatedToken valid = validator.validate(token, OFFER);
            assertThat(valid.email()).contains("@");
        } catch (TokenRejectedException rejected) {
            assertThat(rejected.check()).isNotNull();
        }
    }

    /** Found by the fuzz test: Nimbus read a JWE header without "enc" into a NullPointerException. */
    @Test
    void aJweHeaderWithoutAnEncryptionMethodIsMalformed() {
        String token = Base64URL.encode("{\"alg\":\"RSA-OAEP-256\",\"cty\":\"JWT\"}") + ".AA.AA.AA.AA";

        assertThatThrownBy(() -> validator.validate(token, OFFER))
                .isInstanceOfSatisfying(
                        TokenRejectedException.class, e -> assertThat(e.check()).isEqualTo(Reason.TOKEN_MALFORMED));
    }

    static String token(String input) {
        if (!input.startsWith("{")) {
            return input;
        }
        String[] parts = input.replace("$GATEWAY", gatewayKey.thumbprint())
                .replace("$OURS", fabrikamKey.thumbprint())
                .split("\n", 3);
        String jweHeader = parts[0];
        String jwsHeader = parts.length > 1 ? parts[1] : "";
        String claims = parts.length > 2 ? parts[2] : "";
        String signingInput = Base64URL.encode(jwsHeader) + "." + Base64URL.encode(claims);
        String jws = signingInput + "." + Base64URL.encode(rs256(signingInput));
        JWEHeader header;
        try {
            header = JWEHeader.parse(jweHeader);
        } catch (ParseException | RuntimeException e) {
            // Not a header Nimbus can write: the validator sees it as sent.
            return Base64URL.encode(jweHeader) + ".AA.AA." + Base64URL.encode(jws) + ".AA";
        }
        try {
            JWEObject jwe = new JWEObject(header, new Payload(jws));
            jwe.encrypt(
                    new RSAEncrypter((RSAPublicKey) fabrikamKey.certificate().getPublicKey()));
            return jwe.serialize();
        } catch (JOSEException | IllegalStateException e) {
            // An algorithm or method we do not encrypt with: the header as sent, around the JWS.
            return header.toBase64URL() + ".AA.AA." + Base64URL.encode(jws) + ".AA";
        }
    }

    private static byte[] rs256(String signingInput) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(gatewayKey.privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
