package io.fedemu.gateway;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.Credential;
import io.fedemu.certs.FederatedDomainProof;
import io.fedemu.certs.PemFiles;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.gateway.FederationAssertions;
import io.fedemu.client.gateway.GatewayAdminClient;
import io.fedemu.client.gateway.GatewayClient;
import io.fedemu.protocol.gateway.Offer;
import io.fedemu.protocol.gateway.OrganizationKind;
import io.fedemu.protocol.gateway.OrganizationRegistration;
import io.fedemu.protocol.gateway.TokenExchange;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * A running gateway on a random HTTPS port with two federated organizations, as the hybrid seed has
 * them: contoso on-premises (self-signed federation certificate, like New-ExchangeCertificate makes)
 * and contoso cloud (CA-issued, application URI outlook.com).
 */
final class GatewayFixture implements AutoCloseable {
    static final String ON_PREMISES = "contoso-onprem";
    static final String CLOUD = "contoso-cloud";
    static final String ON_PREMISES_DOMAIN = "contoso.com";
    static final String CLOUD_DOMAIN = "contoso.mail.onmicrosoft.com";
    static final String ON_PREMISES_URI = "FYDIBOHF25SPDLT.contoso.com";
    static final String CLOUD_URI = "outlook.com";

    final Path state;
    Gateway gateway;
    final SSLContext tls;
    final GatewayClient client;
    final GatewayAdminClient admin;
    final Credential onPremisesKey;
    final Credential cloudKey;

    GatewayFixture(Path state) {
        this(state, Gateway.Options.in(state));
    }

    GatewayFixture(Path state, Gateway.Options options) {
        this.state = state;
        this.gateway = Gateway.start(options);
        this.tls = TrustBundles.clientContext(gateway.trustBundle());
        this.client = new GatewayClient(gateway.url(), tls);
        this.admin = new GatewayAdminClient(
                gateway.url(),
                tls,
                io.fedemu.runtime.admin.AdminAccess.of(state).credential());
        this.onPremisesKey = CertificateAuthority.selfSignedFederation(ON_PREMISES, Clock.systemUTC());
        CertificateAuthority ca = CertificateStore.in(state).loadAuthority(Clock.systemUTC());
        this.cloudKey = ca.issueFederation(CLOUD);
        admin.register(
                new OrganizationRegistration(ON_PREMISES, OrganizationKind.ON_PREMISES, null, pem(onPremisesKey)));
        admin.proveDomain(
                ON_PREMISES,
                ON_PREMISES_DOMAIN,
                FederatedDomainProof.create(onPremisesKey, ON_PREMISES_DOMAIN).txtRecord());
        admin.register(new OrganizationRegistration(CLOUD, OrganizationKind.CLOUD, CLOUD_URI, pem(cloudKey)));
        admin.proveDomain(
                CLOUD,
                CLOUD_DOMAIN,
                FederatedDomainProof.create(cloudKey, CLOUD_DOMAIN).proof());
    }

    FederationAssertions onPremises() {
        return new FederationAssertions(onPremisesKey, ON_PREMISES_URI, Clock.systemUTC());
    }

    FederationAssertions cloud() {
        return new FederationAssertions(cloudKey, CLOUD_URI, Clock.systemUTC());
    }

    /** Stops the gateway and starts a new one on the same state directory and port. */
    void restart() {
        int port = gateway.listenAddress().getPort();
        gateway.close();
        gateway = Gateway.start(Gateway.Options.in(state).port(port));
    }

    static String pem(Credential credential) {
        return PemFiles.encode(List.of(credential.certificate()));
    }

    @Override
    public void close() {
        gateway.close();
    }

    /** A complete, valid token request form for alice at contoso on-premises except for the client assertion. */
    Map<String, String> tokenForm(String clientAssertion) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(TokenExchange.PARAM_GRANT_TYPE, TokenExchange.GRANT_TYPE);
        form.put(TokenExchange.PARAM_CLIENT_ASSERTION_TYPE, TokenExchange.CLIENT_ASSERTION_TYPE);
        form.put(TokenExchange.PARAM_CLIENT_ASSERTION, clientAssertion);
        form.put(TokenExchange.PARAM_SUBJECT_TOKEN, onPremises().subjectToken("alice@contoso.com", "alice-id"));
        form.put(TokenExchange.PARAM_SUBJECT_TOKEN_TYPE, TokenExchange.JWT_TOKEN_TYPE);
        form.put(TokenExchange.PARAM_AUDIENCE, CLOUD_URI);
        form.put(TokenExchange.PARAM_SCOPE, Offer.SHARING_CALENDAR_FREE_BUSY.wireName());
        return form;
    }
}
