package io.fedemu.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.List;
import javax.net.ssl.HttpsURLConnection;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** After one call, clients that were never told about the emulator reach it over HTTPS. */
class TrustEmulatorCaTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    @BeforeAll
    static void trustTheEmulator() {
        FederationExtension.trustEmulatorCa();
    }

    @Test
    void theUnmodifiedEwsJavaApiAsksFreeBusyAcrossThePremises() throws Exception {
        URI ews = federation.tenant("contoso-onprem").ewsUrl();

        assertThat(ews.getScheme()).isEqualTo("https");
        assertThat(EwsJavaApi.freeBusy(ews, "alice@contoso.com", "Passw0rd!alice", "bob@contoso.com"))
                .isEqualTo(ServiceError.NoError);
    }

    @Test
    void aPlainHttpsUrlConnectionReadsTheGatewaysMetadata() throws Exception {
        URI metadata = URI.create(federation.endpoints().gateway().metadata());

        HttpURLConnection connection = (HttpURLConnection) metadata.toURL().openConnection();
        assertThat(connection).isInstanceOf(HttpsURLConnection.class);
        try (InputStream body = connection.getInputStream()) {
            assertThat(connection.getResponseCode()).isEqualTo(200);
            assertThat(body.readAllBytes()).isNotEmpty();
        } finally {
            connection.disconnect();
        }
    }

    @Test
    void theJdkHttpClientWithItsDefaultsReadsTheGatewaysMetadata() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        federation.endpoints().gateway().metadata()))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void theJvmsTrustStoreKeepsEverySystemCaAndAddsTheEmulators() throws Exception {
        Path trustStore = Path.of(System.getProperty("javax.net.ssl.trustStore"));
        assertThat(trustStore).isEqualTo(FederationExtension.trustEmulatorCa());
        KeyStore jvm = KeyStore.getInstance(
                trustStore.toFile(),
                System.getProperty("javax.net.ssl.trustStorePassword").toCharArray());

        KeyStore cacerts = KeyStore.getInstance(
                new File(System.getProperty("java.home"), "lib/security/cacerts"), "changeit".toCharArray());
        List<String> systemAliases = Collections.list(cacerts.aliases());
        assertThat(systemAliases).as("the JDK's cacerts").isNotEmpty();
        for (String alias : systemAliases) {
            assertThat(jvm.getCertificateAlias(cacerts.getCertificate(alias)))
                    .as("public CA %s is still trusted", alias)
                    .isNotNull();
        }
        assertThat(jvm.getCertificateAlias(emulatorCa())).isNotNull();
    }

    @Test
    void everyFederationOfTheJvmIsIssuedByTheCaItTrusts() throws Exception {
        X509Certificate before = emulatorCa();

        federation.reset();

        assertThat(emulatorCa()).isEqualTo(before);
        assertThat(EwsJavaApi.freeBusy(
                        federation.tenant("contoso-onprem").ewsUrl(),
                        "alice@contoso.com",
                        "Passw0rd!alice",
                        "bob@contoso.com"))
                .isEqualTo(ServiceError.NoError);
    }

    private static X509Certificate emulatorCa() throws Exception {
        try (InputStream pem = Files.newInputStream(federation.trustBundle())) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
        }
    }
}
