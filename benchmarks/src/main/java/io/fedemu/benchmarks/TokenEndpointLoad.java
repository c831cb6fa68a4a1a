package io.fedemu.benchmarks;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import io.fedemu.certs.FederatedDomainProof;
import io.fedemu.certs.PemFiles;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.gateway.FederationAssertions;
import io.fedemu.client.gateway.GatewayAdminClient;
import io.fedemu.gateway.Gateway;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.protocol.gateway.OrganizationRegistration;
import io.fedemu.protocol.gateway.TokenExchange;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import javax.net.ssl.SSLContext;

/**
 * Load run against the gateway's HTTPS token endpoint, with the JWKS endpoint (same server, same TLS,
 * no crypto per request) as the baseline in the same process. Client assertions are signed before
 * the clock starts, so the figures are the gateway's, not the load generator's.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.fedemu.benchmarks.TokenEndpointLoad [requests]}
 */
public final class TokenEndpointLoad {
    private TokenEndpointLoad() {}

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path state = Files.createTempDirectory("fedemu-load");
        try (Gateway gateway = Gateway.start(Gateway.Options.in(state))) {
            SSLContext tls = TrustBundles.clientContext(gateway.trustBundle());
            Credential onPremises = CertificateAuthority.selfSignedFederation("contoso-onprem", Clock.systemUTC());
            Credential cloud =
                    CertificateStore.in(state).loadAuthority(Clock.systemUTC()).issueFederation("cloud");
            GatewayAdminClient admin = new GatewayAdminClient(
                    gateway.url(),
                    tls,
                    io.fedemu.runtime.admin.AdminAccess.of(state).credential());
            admin.register(new OrganizationRegistration(
                    "contoso-onprem",
                    OrganizationKind.ON_PREMISES,
                    null,
                    PemFiles.encode(List.of(onPremises.certificate()))));
            admin.proveDomain(
                    "contoso-onprem",
                    "contoso.com",
                    FederatedDomainProof.create(onPremises, "contoso.com").proof());
            admin.register(new OrganizationRegistration(
                    "contoso-cloud",
                    OrganizationKind.CLOUD,
                    "outlook.com",
                    PemFiles.encode(List.of(cloud.certificate()))));

            FederationAssertions assertions =
                    new FederationAssertions(onPremises, "FYDIBOHF25SPDLT.contoso.com", Clock.systemUTC());
            URI token = URI.create(gateway.url() + "/federation/token");
            URI jwks = URI.create(gateway.url() + "/federation/jwks");
            String subject = assertions.subjectToken("alice@contoso.com", "alice-id");
            HttpClient http = HttpClient.newBuilder()
                    .sslContext(tls)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            LoadDriver driver = new LoadDriver(http);

            System.out.println("fedemu gateway load run: " + requests + " requests per phase, "
                    + Runtime.getRuntime().availableProcessors() + " cores, Java " + Runtime.version());
            for (int concurrency : new int[] {1, 8}) {
                // Warm-up of both paths (JIT, TLS sessions), not reported.
                driver.run("warm-up", concurrency, 300, i -> get(jwks), 200);
                String[] warm = forms(assertions, subject, token, 300);
                driver.run("warm-up", concurrency, 300, i -> post(token, warm[i]), 200);

                LoadResult baseline = driver.run("baseline GET jwks", concurrency, requests, i -> get(jwks), 200);
                String[] forms = forms(assertions, subject, token, requests);
                LoadResult issue =
                        driver.run("POST token (sign+encrypt)", concurrency, requests, i -> post(token, forms[i]), 200);
                System.out.println(baseline.line());
                System.out.println(issue.line());
                System.out.printf(
                        "ratio token/baseline throughput at c=%d: %.3f%n",
                        concurrency, issue.throughput() / baseline.throughput());
            }
        }
    }

    private static String[] forms(FederationAssertions assertions, String subject, URI token, int count) {
        return IntStream.range(0, count)
                .parallel()
                .mapToObj(i -> form(assertions.clientAssertion(token.toString()), subject))
                .toArray(String[]::new);
    }

    private static String form(String assertion, String subject) {
        return "grant_type=" + enc(TokenExchange.GRANT_TYPE) + "&client_assertion_type="
                + enc(TokenExchange.CLIENT_ASSERTION_TYPE) + "&client_assertion=" + enc(assertion) + "&subject_token="
                + enc(subject) + "&subject_token_type=" + enc(TokenExchange.JWT_TOKEN_TYPE) + "&audience=outlook.com"
                + "&scope=" + enc(Offer.SHARING_CALENDAR_FREE_BUSY.wireName());
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).GET().build();
    }

    private static HttpRequest post(URI uri, String body) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
