package io.fedemu.gateway;

import static io.fedemu.gateway.GatewayFixture.CLOUD;
import static io.fedemu.gateway.GatewayFixture.CLOUD_URI;
import static io.fedemu.gateway.GatewayFixture.ON_PREMISES;
import static io.fedemu.gateway.GatewayFixture.ON_PREMISES_URI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.jwk.JWK;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.Credential;
import io.fedemu.client.gateway.FederationAssertions;
import io.fedemu.client.gateway.TokenRequestRefusedException;
import io.fedemu.protocol.gateway.GatewayMetadata;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.OrganizationInfo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys change without breaking trust: gateway signing-key rotation, organization certificate publish, restart. */
class GatewayKeyRolloverAcceptanceTest {
    @TempDir
    Path state;

    GatewayFixture fixture;

    @BeforeEach
    void start() {
        fixture = new GatewayFixture(state);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void rotationKeepsIssuedTokensValidUntilThePreviousKeyIsDropped() throws Exception {
        String before = freeBusyToken();
        String oldKid = fixture.gateway.signingKeys().current().thumbprint();

        GatewayMetadata rotated = fixture.admin.rotateSigningKey();

        assertThat(rotated.tokenIssuerPrevCertificate().kid()).isEqualTo(oldKid);
        assertThat(rotated.tokenIssuerCertificate().kid()).isNotEqualTo(oldKid);
        assertThat(fixture.client.jwks().getKeys())
                .extracting(JWK::getKeyID)
                .containsExactly(rotated.tokenIssuerCertificate().kid(), oldKid);
        assertThat(verify(before).getIssuer()).isEqualTo(fixture.gateway.url().toString());
        String after = freeBusyToken();
        assertThat(signingKid(after)).isEqualTo(rotated.tokenIssuerCertificate().kid());

        GatewayMetadata dropped = fixture.admin.dropPreviousSigningKey();

        assertThat(dropped.tokenIssuerPrevCertificate()).isNull();
        assertThat(fixture.client.jwks().getKeys())
                .extracting(JWK::getKeyID)
                .containsExactly(rotated.tokenIssuerCertificate().kid());
        assertThatThrownBy(() -> verify(before)).hasMessageContaining("no matching key");
        assertThat(verify(after).getSubject()).isEqualTo("alice-id");
    }

    @Test
    void publishingTheTargetsNextCertificateSwitchesEncryptionToIt() throws Exception {
        Credential next = CertificateAuthority.selfSignedFederation(CLOUD, Clock.systemUTC());
        OrganizationInfo staged = fixture.admin.stageNextCertificate(CLOUD, GatewayFixture.pem(next));
        assertThat(staged.nextCertificate().thumbprint()).isEqualTo(next.thumbprint());
        assertThat(JWEObject.parse(freeBusyToken()).getHeader().getKeyID())
                .as("a staged certificate is not used yet")
                .isEqualTo(fixture.cloudKey.thumbprint());

        OrganizationInfo published = fixture.admin.publishCertificate(CLOUD);

        assertThat(published.currentCertificate().thumbprint()).isEqualTo(next.thumbprint());
        assertThat(published.previousCertificate().thumbprint()).isEqualTo(fixture.cloudKey.thumbprint());
        assertThat(published.nextCertificate()).isNull();
        String token = freeBusyToken();
        assertThat(JWEObject.parse(token).getHeader().getKeyID()).isEqualTo(next.thumbprint());
        assertThat(OutsideVerifier.verify(token, next, CLOUD_URI, fixture.client.discovery(), fixture.tls)
                        .getStringClaim("email"))
                .isEqualTo("alice@contoso.com");
        assertThatThrownBy(() -> OutsideVerifier.verify(
                        token, fixture.cloudKey, CLOUD_URI, fixture.client.discovery(), fixture.tls))
                .hasMessageContaining("no matching key");
    }

    @Test
    void afterPublishTheOldKeyAuthenticatesForTheOverlapOnly() {
        Credential next = CertificateAuthority.selfSignedFederation(ON_PREMISES, Clock.systemUTC());
        fixture.admin.stageNextCertificate(ON_PREMISES, GatewayFixture.pem(next));
        fixture.admin.publishCertificate(ON_PREMISES);

        assertThat(freeBusyToken()).as("old key, inside the overlap").isNotBlank();
        assertThat(fixture.client
                        .requestToken(
                                new FederationAssertions(next, ON_PREMISES_URI, Clock.systemUTC()),
                                "alice@contoso.com",
                                "alice-id",
                                CLOUD_URI,
                                Offer.SHARING_CALENDAR_FREE_BUSY)
                        .accessToken())
                .as("new key")
                .isNotBlank();

        Duration pastOverlap = Duration.ofHours(25);
        fixture.admin.setClockOffset(pastOverlap);
        Clock aheadToo = Clock.offset(Clock.systemUTC(), pastOverlap);
        TokenRequestRefusedException refused = assertThrows(
                TokenRequestRefusedException.class,
                () -> fixture.client.requestToken(
                        new FederationAssertions(fixture.onPremisesKey, ON_PREMISES_URI, aheadToo),
                        "alice@contoso.com",
                        "alice-id",
                        CLOUD_URI,
                        Offer.SHARING_CALENDAR_FREE_BUSY));

        assertThat(refused.error().reason()).isEqualTo("ASSERTION_KEY_UNKNOWN");
        assertThat(refused.error().errorDescription())
                .contains("it is the previous certificate, no longer accepted since");
    }

    @Test
    void aGatewayClockAheadOfTheOrganizationRefusesItsAssertionsNamingTheTimes() {
        fixture.admin.setClockOffset(Duration.ofMinutes(20));

        TokenRequestRefusedException refused = assertThrows(TokenRequestRefusedException.class, this::freeBusyToken);

        assertThat(refused.error().reason()).isEqualTo("ASSERTION_EXPIRED");
        assertThat(refused.error().errorDescription())
                .contains("gateway time is")
                .contains("skew allowed 300 s");
        fixture.admin.setClockOffset(Duration.ZERO);
        assertThat(freeBusyToken()).isNotBlank();
    }

    @Test
    void theClockAdminApiKeepsTheBoundsOfTheClockFault() {
        io.fedemu.client.http.ProblemException refused = assertThrows(
                io.fedemu.client.http.ProblemException.class,
                () -> fixture.admin.setClockOffset(Duration.ofDays(3650)));

        assertThat(refused.problem().status()).isEqualTo(400);
        assertThat(refused.problem().reason()).isEqualTo("FAULT_INVALID");
        assertThat(refused.problem().detail()).contains("offsetSeconds", "604800");
        assertThat(fixture.admin.clockOffset().offsetSeconds()).as("unchanged").isZero();
    }

    @Test
    void aRestartKeepsTheRegistryAndTheKeys() throws Exception {
        fixture.admin.rotateSigningKey();
        var organizations = fixture.admin.organizations();
        GatewayMetadata metadata = fixture.client.metadata();
        String token = freeBusyToken();

        fixture.restart();

        assertThat(fixture.admin.organizations()).isEqualTo(organizations);
        assertThat(fixture.client.metadata()).isEqualTo(metadata);
        assertThat(verify(token).getSubject()).isEqualTo("alice-id");
        assertThat(signingKid(freeBusyToken()))
                .isEqualTo(metadata.tokenIssuerCertificate().kid());
    }

    private String freeBusyToken() {
        return fixture.client
                .requestToken(
                        fixture.onPremises(),
                        "alice@contoso.com",
                        "alice-id",
                        CLOUD_URI,
                        Offer.SHARING_CALENDAR_FREE_BUSY)
                .accessToken();
    }

    private com.nimbusds.jwt.JWTClaimsSet verify(String token) throws Exception {
        return OutsideVerifier.verify(token, fixture.cloudKey, CLOUD_URI, fixture.client.discovery(), fixture.tls);
    }

    private String signingKid(String token) throws Exception {
        JWEObject jwe = JWEObject.parse(token);
        jwe.decrypt(new com.nimbusds.jose.crypto.RSADecrypter(fixture.cloudKey.privateKey()));
        return jwe.getPayload().toSignedJWT().getHeader().getKeyID();
    }
}
