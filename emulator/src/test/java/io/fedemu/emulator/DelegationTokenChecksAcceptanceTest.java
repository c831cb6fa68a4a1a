package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSAEncrypter;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.Credential;
import io.fedemu.client.availability.AvailabilityClient;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.client.availability.FreeBusyRequest;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.TokenExchange;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.ReasonXml;
import io.fedemu.protocol.reason.Side;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every check the receiving organization makes on a partner's delegation token, produced on the wire: a token
 * broken in exactly one way goes to contoso-cloud's /WSSecurity endpoint, and the SOAP fault names the reason
 * (as f:Reason, read as data) and contoso-cloud's journal records the same value.
 */
class DelegationTokenChecksAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    private static final String CLOUD = "contoso-cloud";

    /** One way to break a token each; the rest of the token is what the gateway would issue. */
    enum Broken {
        TOKEN_MISSING(Reason.TOKEN_MISSING, t -> t.raw("")),
        TOKEN_MALFORMED(Reason.TOKEN_MALFORMED, t -> t.raw("not-a-jwe")),
        TOKEN_NOT_FOR_OUR_KEY(Reason.TOKEN_NOT_FOR_OUR_KEY, t -> t.encryptedTo(t.onPremisesCertificate())),
        GATEWAY_KEY_UNKNOWN(
                Reason.GATEWAY_KEY_UNKNOWN,
                t -> t.signedWith(t.rogue(), t.rogue().thumbprint())),
        TOKEN_SIGNATURE_INVALID(
                Reason.TOKEN_SIGNATURE_INVALID,
                t -> t.signedWith(t.rogue(), t.gatewayKey().thumbprint())),
        TOKEN_ISSUER_MISMATCH(Reason.TOKEN_ISSUER_MISMATCH, t -> t.issuer("https://sts.example.net")),
        TOKEN_AUDIENCE_MISMATCH(Reason.TOKEN_AUDIENCE_MISMATCH, t -> t.audience("FYDIBOHF25SPDLT.fabrikam.com")),
        TOKEN_OFFER_MISMATCH(Reason.TOKEN_OFFER_MISMATCH, t -> t.offer(Offer.AUTODISCOVER.wireName())),
        TOKEN_EXPIRED(Reason.TOKEN_EXPIRED, t -> t.issuedAt(Instant.now().minus(Duration.ofHours(2)))),
        TOKEN_NOT_YET_VALID(
                Reason.TOKEN_NOT_YET_VALID, t -> t.issuedAt(Instant.now().plus(Duration.ofHours(2)))),
        TOKEN_EMAIL_MISSING(Reason.TOKEN_EMAIL_MISSING, t -> t.email(null));

        final Reason reason;
        final UnaryOperator<TokenBuilder> change;

        Broken(Reason reason, UnaryOperator<TokenBuilder> change) {
            this.reason = reason;
            this.change = change;
        }
    }

    @ParameterizedTest
    @EnumSource(Broken.class)
    void eachBrokenTokenIsRefusedNamingItsReasonOnTheWireAndInTheJournal(Broken broken) {
        Reason expected = broken.reason;
        String token = broken.change.apply(new TokenBuilder()).build();
        String requestId = "check-" + UUID.randomUUID();

        assertThatThrownBy(() -> partnerCall(token, requestId))
                .isInstanceOfSatisfying(EwsFaultException.class, fault -> {
                    assertThat(fault.reason()).isEqualTo(expected.name());
                    assertThat(fault.code()).isEqualTo("ErrorInvalidClientSecurityContext");
                });
        assertThat(federation.journal().request(requestId))
                .filteredOn(entry -> entry.verdict() == JournalEntry.Verdict.FAIL)
                .extracting(JournalEntry::role, JournalEntry::step, JournalEntry::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(CLOUD, JournalEntry.Step.TOKEN_VALIDATION, expected));
    }

    @Test
    void theCasesAboveAreEveryTokenCheckOfTheReceivingSide() {
        Set<Reason> tokenChecks = EnumSet.noneOf(Reason.class);
        for (Reason reason : Reason.values()) {
            if (reason.side() == Side.RECEIVING_ORGANIZATION
                    && reason.wire() instanceof io.fedemu.protocol.reason.Wire.SecurityFault) {
                tokenChecks.add(reason);
            }
        }
        assertThat(Arrays.stream(Broken.values()).map(b -> b.reason).collect(Collectors.toSet()))
                .isEqualTo(tokenChecks);
    }

    @Test
    void aPartnerAskingForAnAddressThatIsNotAMailboxHereIsNotForwarded() {
        String requestId = "check-" + UUID.randomUUID();

        AvailabilityClient.Reply reply = partnerCall(
                new TokenBuilder().build(), requestId, "alice@contoso.com", "bob@contoso.mail.onmicrosoft.com");

        List<io.fedemu.protocol.ews.messages.FreeBusyResponseType> answers =
                reply.response().getFreeBusyResponseArray().getFreeBusyResponse();
        assertThat(answers.get(0).getResponseMessage().getResponseCode().value())
                .as("alice@contoso.com is a remote mailbox of contoso-cloud, homed on-premises")
                .isEqualTo("ErrorProxyRequestNotAllowed");
        assertThat(ReasonXml.read(answers.get(0).getResponseMessage())).contains(Reason.PROXY_REQUEST_NOT_ALLOWED);
        assertThat(answers.get(1).getResponseMessage().getResponseCode().value())
                .isEqualTo("NoError");
        assertThat(federation.journal().request(requestId))
                .filteredOn(entry -> entry.verdict() == JournalEntry.Verdict.FAIL)
                .extracting(JournalEntry::role, JournalEntry::step, JournalEntry::reason, JournalEntry::subject)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        CLOUD, JournalEntry.Step.ROUTING, Reason.PROXY_REQUEST_NOT_ALLOWED, "alice@contoso.com"));
    }

    @Test
    void anUnbrokenTokenPasses() throws Exception {
        String token = new TokenBuilder().build();

        AvailabilityClient.Reply reply = partnerCall(token, "check-" + UUID.randomUUID());

        assertThat(reply.response()
                        .getFreeBusyResponseArray()
                        .getFreeBusyResponse()
                        .get(0)
                        .getResponseMessage()
                        .getResponseCode()
                        .value())
                .isEqualTo("NoError");
    }

    /**
     * Issue 12: /WSSecurity is reachable without credentials (the token is in the body), so its body is capped
     * before the token is even looked for: a body over 400 KB is ErrorRequestStreamTooBig, not a token check.
     */
    @Test
    void anOversizedAnonymousBodyIsRefusedBeforeTheTokenIsRead() throws Exception {
        String envelope = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><!--"
                + "x".repeat(410 * 1024) + "--></soap:Body></soap:Envelope>";
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .sslContext(federation.tls())
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();

        java.net.http.HttpResponse<String> reply = http.send(
                java.net.http.HttpRequest.newBuilder(
                                URI.create(federation.tenant(CLOUD).ewsUrl() + "/WSSecurity"))
                        .header("Content-Type", "text/xml; charset=utf-8")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(envelope))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(500);
        assertThat(reply.body())
                .contains("<e:ResponseCode", "ErrorRequestStreamTooBig</e:ResponseCode>")
                .contains(">REQUEST_TOO_BIG</")
                .doesNotContain("ErrorInvalidClientSecurityContext");
    }

    // --- Autodiscover over WS-Security (docs/PROTOCOL.md section 14) ------------------------------------------

    /**
     * The same checks at /autodiscover/autodiscover.svc/WSSecurity, for a token of the MSExchange.Autodiscover offer:
     * each broken token is refused with the fault and the reason EWS gives, and contoso-cloud journals it as
     * AUTODISCOVER_TOKEN_VALIDATION. The offer case swaps round: a free/busy token is the wrong offer here.
     */
    @ParameterizedTest
    @EnumSource(Broken.class)
    void eachBrokenTokenIsRefusedByAutodiscoverWithTheReasonEwsGives(Broken broken) {
        Reason expected = broken.reason;
        String token = (broken == Broken.TOKEN_OFFER_MISMATCH
                        ? new TokenBuilder().offer(Offer.SHARING_CALENDAR_FREE_BUSY.wireName())
                        : broken.change.apply(new TokenBuilder().offer(Offer.AUTODISCOVER.wireName())))
                .build();
        String requestId = "autodiscover-" + UUID.randomUUID();

        assertThatThrownBy(() -> autodiscoverCall(token, requestId))
                .isInstanceOfSatisfying(EwsFaultException.class, fault -> {
                    assertThat(fault.reason()).isEqualTo(expected.name());
                    assertThat(fault.code()).isEqualTo("ErrorInvalidClientSecurityContext");
                });
        assertThat(federation.journal().request(requestId))
                .filteredOn(entry -> entry.verdict() == JournalEntry.Verdict.FAIL)
                .extracting(JournalEntry::role, JournalEntry::step, JournalEntry::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        CLOUD, JournalEntry.Step.AUTODISCOVER_TOKEN_VALIDATION, expected));
    }

    /** A JWE carrying a JWT without a signature ("alg":"none") is no token at either /WSSecurity endpoint. */
    @Test
    void anUnsignedTokenIsMalformedAtAutodiscoverAsAtEws() {
        String token = new TokenBuilder()
                .offer(Offer.AUTODISCOVER.wireName())
                .unsigned()
                .build();

        assertThatThrownBy(() -> autodiscoverCall(token, "autodiscover-" + UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        EwsFaultException.class,
                        fault -> assertThat(fault.reason()).isEqualTo(Reason.TOKEN_MALFORMED.name()));
        assertThatThrownBy(() -> partnerCall(new TokenBuilder().unsigned().build(), "check-" + UUID.randomUUID()))
                .isInstanceOfSatisfying(
                        EwsFaultException.class,
                        fault -> assertThat(fault.reason()).isEqualTo(Reason.TOKEN_MALFORMED.name()));
    }

    /**
     * A valid Autodiscover token gets a partner's answer: the namespace's EWS URL and the build the organization
     * answers as (contoso-cloud runs Exchange2016: 15.01.2507.006), journaled as a validated Autodiscover token.
     */
    @Test
    void aValidAutodiscoverTokenGetsThePartnersAnswerWithTheOrganizationsBuild() {
        String requestId = "autodiscover-" + UUID.randomUUID();

        io.fedemu.client.autodiscover.UserSettings settings = autodiscoverCall(
                new TokenBuilder().offer(Offer.AUTODISCOVER.wireName()).build(), requestId);

        assertThat(settings.values())
                .containsEntry(
                        "ExternalEwsUrl", federation.tenant(CLOUD).ewsUrl().toString())
                .containsEntry("ExternalEwsVersion", "15.01.2507.006");
        assertThat(federation.journal().request(requestId))
                .extracting(JournalEntry::role, JournalEntry::step, JournalEntry::verdict)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        CLOUD, JournalEntry.Step.AUTODISCOVER_TOKEN_VALIDATION, JournalEntry.Verdict.PASS));
    }

    /**
     * Exchange answers GetUserSettings only to an authenticated caller: anonymous is 401 with a Basic challenge,
     * while GetFederationInformation stays anonymous.
     */
    @Test
    void anonymousGetUserSettingsIsUnauthorizedWhileGetFederationInformationStaysAnonymous() throws Exception {
        io.fedemu.client.autodiscover.AutodiscoverClient anonymous =
                new io.fedemu.client.autodiscover.AutodiscoverClient(
                        autodiscoverUrl(""), federation.tls(), org.apache.cxf.BusFactory.getDefaultBus());
        String getUserSettings = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:a=\"http://schemas.microsoft.com/exchange/2010/Autodiscover\""
                + " xmlns:wsa=\"http://www.w3.org/2005/08/addressing\"><soap:Header>"
                + "<a:RequestedServerVersion>Exchange2013</a:RequestedServerVersion>"
                + "<wsa:Action>http://schemas.microsoft.com/exchange/2010/Autodiscover/Autodiscover/GetUserSettings"
                + "</wsa:Action><wsa:To>" + autodiscoverUrl("") + "</wsa:To></soap:Header><soap:Body>"
                + "<a:GetUserSettingsRequestMessage><a:Request><a:Users><a:User>"
                + "<a:Mailbox>bob@contoso.mail.onmicrosoft.com</a:Mailbox></a:User></a:Users>"
                + "<a:RequestedSettings><a:Setting>ExternalEwsUrl</a:Setting></a:RequestedSettings>"
                + "</a:Request></a:GetUserSettingsRequestMessage></soap:Body></soap:Envelope>";

        java.net.http.HttpResponse<String> reply = java.net.http.HttpClient.newBuilder()
                .sslContext(federation.tls())
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(autodiscoverUrl(""))
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .header(
                                        "SOAPAction",
                                        "\"http://schemas.microsoft.com/exchange/2010/Autodiscover/Autodiscover/"
                                                + "GetUserSettings\"")
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(getUserSettings))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(reply.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(reply.body()).doesNotContain("ExternalEwsUrl</");
        assertThat(anonymous
                        .getFederationInformation("contoso.mail.onmicrosoft.com")
                        .applicationUri())
                .isEqualTo("outlook.com");
    }

    /**
     * Through the running topology (the only cross-boundary requests of this class, so the partner's EWS URL is not
     * cached before): the trust-chain verifier's request from alice makes contoso-onprem ask the gateway for an
     * MSExchange.Autodiscover token and contoso-cloud's Autodiscover validate it, each journaled under that request,
     * and the verifier shows it as the AUTODISCOVER_TOKEN link; later requests use the URL found.
     */
    @Test
    void aCrossBoundaryRequestAsksThePartnersAutodiscoverWithItsOwnTokenAndTheVerifierShowsTheLink() {
        io.fedemu.client.verify.TrustChainReport report = new io.fedemu.client.verify.TrustChainVerifier(
                        io.fedemu.client.verify.ChainEndpoints.of(
                                federation.gateway().url(),
                                federation.tenant("contoso-onprem").url(),
                                federation.tenant(CLOUD).url(),
                                federation.adminCredential()),
                        federation.tls(),
                        org.apache.cxf.BusFactory.getDefaultBus(),
                        Clock.systemUTC())
                .verify("alice@contoso.com", "Passw0rd!alice", "bob@contoso.com");

        io.fedemu.client.verify.LinkResult link = report.link(io.fedemu.client.verify.Link.AUTODISCOVER_TOKEN);
        assertThat(link.ok()).as(report.format()).isTrue();
        assertThat(link.detail())
                .startsWith("the gateway issued a MSExchange.Autodiscover token for alice@contoso.com to outlook.com; "
                        + "contoso-cloud's Autodiscover validated it: signed by gateway key");
        List<JournalEntry> validated = federation.journal().all().stream()
                .filter(entry -> entry.step() == JournalEntry.Step.AUTODISCOVER_TOKEN_VALIDATION)
                .filter(entry -> entry.requestId() != null && entry.requestId().startsWith("verify-"))
                .toList();
        assertThat(validated).singleElement().satisfies(entry -> {
            assertThat(entry.role()).isEqualTo(CLOUD);
            assertThat(entry.verdict()).isEqualTo(JournalEntry.Verdict.PASS);
            assertThat(entry.requester()).isEqualTo("alice@contoso.com");
            assertThat(entry.detail()).contains("for " + Offer.AUTODISCOVER.wireName() + " until");
        });
        assertThat(federation.journal().request(validated.get(0).requestId()))
                .extracting(JournalEntry::role, JournalEntry::step, JournalEntry::verdict)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "contoso-onprem",
                                JournalEntry.Step.AUTODISCOVER_TOKEN_REQUEST,
                                JournalEntry.Verdict.PASS),
                        org.assertj.core.groups.Tuple.tuple(
                                CLOUD, JournalEntry.Step.TOKEN_VALIDATION, JournalEntry.Verdict.PASS));

        String requestId = "e2e-" + UUID.randomUUID();
        AvailabilityClient.Reply again = new AvailabilityClient(
                        org.apache.cxf.BusFactory.getDefaultBus(),
                        federation.tenant("contoso-onprem").ewsUrl(),
                        federation.tls(),
                        Duration.ofSeconds(20))
                .getUserAvailability(
                        FreeBusyRequest.day(LocalDate.now(), "bob@contoso.com").wire(),
                        null,
                        new EwsCredentials.Basic("alice@contoso.com", "Passw0rd!alice"),
                        requestId);
        assertThat(again.response()
                        .getFreeBusyResponseArray()
                        .getFreeBusyResponse()
                        .get(0)
                        .getResponseMessage()
                        .getResponseCode()
                        .value())
                .isEqualTo("NoError");
        assertThat(federation.journal().request(requestId))
                .extracting(JournalEntry::step)
                .as("the URL found is cached: no second Autodiscover call")
                .doesNotContain(JournalEntry.Step.AUTODISCOVER_TOKEN_VALIDATION);
    }

    private static io.fedemu.client.autodiscover.UserSettings autodiscoverCall(String token, String requestId) {
        return new io.fedemu.client.autodiscover.AutodiscoverClient(
                        autodiscoverUrl("/WSSecurity"), federation.tls(), org.apache.cxf.BusFactory.getDefaultBus())
                .userSettings(
                        "bob@contoso.mail.onmicrosoft.com",
                        List.of("ExternalEwsUrl", "ExternalEwsVersion"),
                        new EwsCredentials.DelegationToken(token),
                        requestId);
    }

    private static URI autodiscoverUrl(String suffix) {
        return URI.create(federation.tenant(CLOUD).url() + "/autodiscover/autodiscover.svc" + suffix);
    }

    private static AvailabilityClient.Reply partnerCall(String token, String requestId) {
        return partnerCall(token, requestId, "bob@contoso.mail.onmicrosoft.com");
    }

    private static AvailabilityClient.Reply partnerCall(String token, String requestId, String... addresses) {
        AvailabilityClient client = new AvailabilityClient(
                org.apache.cxf.BusFactory.getDefaultBus(),
                URI.create(federation.tenant(CLOUD).ewsUrl() + "/WSSecurity"),
                federation.tls(),
                Duration.ofSeconds(10));
        return client.getUserAvailability(
                FreeBusyRequest.day(LocalDate.now(), addresses).wire(),
                null,
                new EwsCredentials.DelegationToken(token),
                requestId);
    }

    /** A signing key the gateway never published, made once (on first use) for every case that needs it. */
    private static final class Rogue {
        static final Credential KEY =
                CertificateAuthority.create(Clock.systemUTC()).issueTokenSigning("rogue");
    }

    /** A delegation token as the gateway mints it (docs/PROTOCOL.md section 3), with one part changed. */
    static final class TokenBuilder {
        private String raw;
        private Credential signer = gatewayKey();
        private String keyId = signer.thumbprint();
        private X509Certificate target = federation
                .tenant(CLOUD)
                .federation()
                .orElseThrow()
                .trust()
                .current()
                .certificate();
        private String issuer = federation.gateway().settings().issuer();
        private String audience = "outlook.com";
        private String offer = Offer.SHARING_CALENDAR_FREE_BUSY.wireName();
        private String email = "alice@contoso.com";
        private Instant issuedAt = Instant.now();
        private boolean unsigned;

        Credential gatewayKey() {
            return federation.gateway().signingKeys().current();
        }

        Credential rogue() {
            return Rogue.KEY;
        }

        X509Certificate onPremisesCertificate() {
            return federation
                    .tenant("contoso-onprem")
                    .federation()
                    .orElseThrow()
                    .trust()
                    .current()
                    .certificate();
        }

        TokenBuilder raw(String value) {
            raw = value;
            return this;
        }

        TokenBuilder signedWith(Credential key, String kid) {
            signer = key;
            keyId = kid;
            return this;
        }

        TokenBuilder encryptedTo(X509Certificate certificate) {
            target = certificate;
            return this;
        }

        TokenBuilder issuer(String value) {
            issuer = value;
            return this;
        }

        TokenBuilder audience(String value) {
            audience = value;
            return this;
        }

        TokenBuilder offer(String value) {
            offer = value;
            return this;
        }

        TokenBuilder email(String value) {
            email = value;
            return this;
        }

        /** The claims as an unsecured JWT ("alg":"none") inside the JWE: no gateway signature at all. */
        TokenBuilder unsigned() {
            unsigned = true;
            return this;
        }

        TokenBuilder issuedAt(Instant value) {
            issuedAt = value;
            return this;
        }

        String build() {
            if (raw != null) {
                return raw;
            }
            try {
                JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                        .issuer(issuer)
                        .audience(List.of(audience))
                        .subject("alice-id")
                        .claim(TokenExchange.CLAIM_ORGANIZATION, "FYDIBOHF25SPDLT.contoso.com")
                        .claim(TokenExchange.CLAIM_OFFER, offer)
                        .issueTime(Date.from(issuedAt))
                        .notBeforeTime(Date.from(issuedAt))
                        .expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(15))))
                        .jwtID(UUID.randomUUID().toString());
                if (email != null) {
                    claims.claim(TokenExchange.CLAIM_EMAIL, email);
                }
                if (unsigned) {
                    return encrypt(new Payload(new com.nimbusds.jwt.PlainJWT(claims.build()).serialize()));
                }
                SignedJWT signed = new SignedJWT(
                        new JWSHeader.Builder(JWSAlgorithm.RS256)
                                .type(JOSEObjectType.JWT)
                                .keyID(keyId)
                                .build(),
                        claims.build());
                signed.sign(new RSASSASigner(signer.privateKey()));
                return encrypt(new Payload(signed));
            } catch (com.nimbusds.jose.JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        private String encrypt(Payload payload) throws com.nimbusds.jose.JOSEException {
            JWEObject encrypted = new JWEObject(
                    new JWEHeader.Builder(JWEAlgorithm.RSA_OAEP_256, EncryptionMethod.A256GCM)
                            .contentType("JWT")
                            .keyID(io.fedemu.certs.Thumbprints.sha1(target))
                            .build(),
                    payload);
            encrypted.encrypt(new RSAEncrypter((RSAPublicKey) target.getPublicKey()));
            return encrypted.serialize();
        }
    }
}
