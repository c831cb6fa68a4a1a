package io.fedemu.tenant.autodiscover;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.federation.TokenIssuer;
import io.fedemu.protocol.federation.UserSettingNames;
import io.fedemu.runtime.transport.RoleServer;
import io.fedemu.tenant.directory.DefaultPermission;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.WorkingHours;
import io.fedemu.tenant.ews.BasicAuthentication;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    /** alice's password: GetUserSettings answers only a signed-in user here (PROTOCOL.md section 14). */
    static final String ALICE_PASSWORD = "Passw0rd!alice";

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
        Directory directory = new Directory(
                Set.of("contoso.com"),
                List.of(mailbox(ALICE, ALICE_PASSWORD), mailbox(CAROL, "Passw0rd!carol")),
                List.of(),
                List.of());
        server = AutodiscoverEndpoint.publish(
                RoleServer.on(
                        "127.0.0.1", 0, certificates.tlsServer("autodiscover-test", List.of("localhost"), authority)),
                endpoint,
                BasicAuthentication.optional(directory, "contoso"));
        tls = TrustBundles.clientContext(certificates.trustBundle());
    }

    private static Mailbox mailbox(String address, String password) {
        ZoneId zone = ZoneId.of("Europe/London");
        return new Mailbox(
                address, List.of(), address, password, zone, WorkingHours.standard(zone), DefaultPermission.REVIEWER);
    }

    /** alice's HTTP Basic credentials, as a user of the organization signs in to Autodiscover. */
    static EwsCredentials alice() {
        return new EwsCredentials.Basic(ALICE, ALICE_PASSWORD);
    }

    /** The Authorization header of {@link #alice()}, for raw requests. */
    static String aliceBasic() {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString(
                                (ALICE + ":" + ALICE_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    URI url() {
        return URI.create(server.address() + AutodiscoverEndpoint.PATH);
    }

    @Override
    public void close() {
        server.close();
    }
}
