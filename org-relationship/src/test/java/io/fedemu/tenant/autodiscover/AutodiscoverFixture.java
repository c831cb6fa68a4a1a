package io.fedemu.tenant.autodiscover;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.TrustBundles;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.federation.TokenIssuer;
import io.fedemu.protocol.federation.UserSettingNames;
import io.fedemu.runtime.transport.RoleServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * contoso on-premises' Autodiscover alone on a random HTTPS port: federated for contoso.com and
 * contoso.mail.onmicrosoft.com, trusting the gateway; alice has every setting, carol has no internal URL.
 */
final class AutodiscoverFixture implements AutoCloseable {
    static final String APPLICATION_URI = "FYDIBOHF25SPDLT.contoso.com";
    static final String ISSUER_URI = "urn:federation:MicrosoftOnline";
    static final URI ISSUER_ENDPOINT = URI.create("https://gateway.fedemu.test/oauth2/token");
    static final String ALICE = "alice@contoso.com";
    static final String CAROL = "carol@contoso.com";
    static final String EWS_URL = "https://mail.contoso.com/EWS/Exchange.asmx";
    static final FederationInformation FEDERATION = new FederationInformation(
            APPLICATION_URI,
            List.of("contoso.com", "contoso.mail.onmicrosoft.com"),
            List.of(new TokenIssuer(ISSUER_URI, ISSUER_ENDPOINT)));

    final RoleServer server;
    final SSLContext tls;

    AutodiscoverFixture(Path state) {
        CertificateStore certificates = CertificateStore.in(state);
        CertificateAuthority authority = certificates.initAuthority(Clock.systemUTC());
        Map<String, Map<String, String>> users = Map.of(
                ALICE,
                        Map.of(
                                UserSettingNames.EXTERNAL_EWS_URL,
                                EWS_URL,
                                UserSettingNames.INTERNAL_EWS_URL,
                                EWS_URL,
                                UserSettingNames.EXTERNAL_EWS_VERSION,
                                "15.00.1497.002",
                                UserSettingNames.CROSS_ORGANIZATION_SHARING_ENABLED,
                                "True"),
                CAROL, Map.of(UserSettingNames.EXTERNAL_EWS_URL, EWS_URL));
        UserSettingsSource source =
                (address, signedIn) -> Optional.ofNullable(users.get(address.toLowerCase(Locale.ROOT)));
        AutodiscoverEndpoint endpoint = new AutodiscoverEndpoint(() -> FEDERATION, source, "Exchange2013");
        server = AutodiscoverEndpoint.publish(
                RoleServer.on(
                        "127.0.0.1", 0, certificates.tlsServer("autodiscover-test", List.of("localhost"), authority)),
                endpoint);
        tls = TrustBundles.clientContext(certificates.trustBundle());
    }

    URI url() {
        return URI.create(server.address() + AutodiscoverEndpoint.PATH);
    }

    @Override
    public void close() {
        server.close();
    }
}
