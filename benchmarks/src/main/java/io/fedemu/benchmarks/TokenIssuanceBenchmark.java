package io.fedemu.benchmarks;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.Credential;
import io.fedemu.gateway.token.DelegationTokenMinter;
import io.fedemu.gateway.token.FederatedUser;
import io.fedemu.gateway.token.IssuedToken;
import io.fedemu.protocol.gateway.Offer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of issuing one delegation token (gateway signs a JWS, encrypts it in a JWE to the target),
 * against the floor of a plain Nimbus RS256 signature over the same claims. The RSA private-key
 * operation dominates both (about 1 ms of a core on the machines we measured, docs/reference/benchmarks.md), so the ratio shows what the
 * claims, the nesting and the encryption add on top.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TokenIssuanceBenchmark {
    private Credential signingKey;
    private Credential targetKey;
    private DelegationTokenMinter minter;
    private DelegationTokenMinter.Grant grant;
    private JWTClaimsSet claims;
    private RSASSASigner signer;

    @Setup
    public void setUp() {
        CertificateAuthority ca = CertificateAuthority.create(Clock.systemUTC());
        signingKey = ca.issueTokenSigning("https://localhost:8443");
        targetKey = ca.issueFederation("contoso-cloud");
        minter = new DelegationTokenMinter("https://localhost:8443");
        grant = new DelegationTokenMinter.Grant(
                new FederatedUser("alice@contoso.com", "alice-immutable-id"),
                "FYDIBOHF25SPDLT.contoso.com",
                "outlook.com",
                Offer.SHARING_CALENDAR_FREE_BUSY,
                Instant.now(),
                Duration.ofMinutes(15));
        claims = new JWTClaimsSet.Builder()
                .issuer("https://localhost:8443")
                .audience("outlook.com")
                .subject("alice-immutable-id")
                .claim("email", "alice@contoso.com")
                .claim("org", "FYDIBOHF25SPDLT.contoso.com")
                .claim("offer", "MSExchange.SharingCalendarFreeBusy")
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 900_000))
                .build();
        signer = new RSASSASigner(signingKey.privateKey());
    }

    @Benchmark
    public String baselinePlainRs256Sign() throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        jwt.sign(signer);
        return jwt.serialize();
    }

    @Benchmark
    public IssuedToken mintDelegationToken() {
        return minter.mint(grant, signingKey, targetKey.certificate());
    }
}
