package io.fedemu.topology.launcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fedemu.certs.AtomicFiles;
import io.fedemu.certs.CertificateStore;
import io.fedemu.client.Json;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.gateway.GatewayPaths;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.runtime.admin.AdminAccess;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.autodiscover.AutodiscoverEndpoint;
import io.fedemu.tenant.servers.ServerUrls;
import io.fedemu.tenant.transport.HybridMailTransport;
import io.fedemu.tenant.transport.InternetOrganization;
import io.fedemu.topology.Topology;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code <state>/endpoints.json}: what a running topology publishes for clients, scripts and tests. */
public final class EndpointsFile {
    private static final ObjectMapper JSON = Json.strict().enable(SerializationFeature.INDENT_OUTPUT);

    private EndpointsFile() {}

    public static Path in(Path stateDirectory) {
        return stateDirectory.resolve(Endpoints.FILE_NAME);
    }

    /** The running topology as endpoints.json describes it; users and kinds come from the scenario. */
    public static Endpoints describe(Topology topology) {
        CertificateStore certificates = CertificateStore.in(topology.stateDirectory());
        String gatewayUrl = topology.gateway().url().toString();
        Endpoints.Gateway gateway = new Endpoints.Gateway(
                gatewayUrl,
                topology.gateway().settings().issuer(),
                gatewayUrl + GatewayPaths.METADATA,
                gatewayUrl + GatewayPaths.JWKS,
                gatewayUrl + GatewayPaths.DISCOVERY,
                gatewayUrl + GatewayPaths.ADMIN);
        List<Endpoints.Tenant> tenants = new ArrayList<>();
        for (OrganizationSpec organization : topology.scenario().organizations()) {
            Tenant tenant = topology.tenant(organization.name());
            List<Endpoints.Mailbox> mailboxes = new ArrayList<>();
            organization.mailboxes().forEach(m -> mailboxes.add(Endpoints.Mailbox.local(m.address(), m.password())));
            organization
                    .remoteMailboxes()
                    .forEach(r -> mailboxes.add(Endpoints.Mailbox.remote(r.address(), r.targetAddress())));
            String base = tenant.url().toString();
            tenants.add(new Endpoints.Tenant(
                    tenant.name(),
                    organization.kind(),
                    tenant.definition().domains(),
                    tenant.definition().applicationUri(),
                    tenant.ewsUrl().toString(),
                    base + AutodiscoverEndpoint.PATH,
                    base + TenantAdminPaths.ADMIN,
                    mailboxes,
                    servers(tenant),
                    smtp(topology, tenant.name()),
                    base + io.fedemu.tenant.owa.OutlookWebApp.PATH));
        }
        return new Endpoints(
                        topology.scenario().scenario(),
                        String.valueOf(topology.scenario().source()),
                        new Endpoints.TrustBundle(
                                certificates.trustBundle().toString(),
                                certificates.trustStore().toString(),
                                CertificateStore.TRUST_STORE_PASSWORD),
                        new Endpoints.Admin(
                                topology.adminAccess().mode(),
                                topology.adminCredential().token(),
                                AdminAccess.tokenFile(topology.stateDirectory()).toString()),
                        gateway,
                        tenants,
                        internet(topology))
                .withDns(new Endpoints.Dns(
                        topology.dns().address().getAddress().getHostAddress(),
                        topology.dns().port(),
                        gatewayUrl + io.fedemu.protocol.dns.DnsPaths.RECORDS));
    }

    /** The scenario's internet organizations: domains, users and their two SMTP listeners (section 20). */
    static List<Endpoints.Tenant> internet(Topology topology) {
        List<Endpoints.Tenant> outside = new ArrayList<>();
        for (InternetOrganization organization : topology.mailTopology().internetOrganizations()) {
            List<Endpoints.Mailbox> mailboxes = organization.organization().mailboxes().stream()
                    .map(m -> Endpoints.Mailbox.local(m.primaryAddress(), m.password()))
                    .toList();
            List<Endpoints.Smtp> smtp = organization.listeners().stream()
                    .map(l -> smtp(topology, l))
                    .toList();
            outside.add(new Endpoints.Tenant(
                    organization.name(),
                    Endpoints.INTERNET,
                    organization.organization().acceptedDomains(),
                    null,
                    null,
                    null,
                    null,
                    mailboxes,
                    List.of(),
                    smtp));
        }
        return outside;
    }

    /** A listener, flagged with the domains whose MX record names it (section 20). */
    private static Endpoints.Smtp smtp(Topology topology, HybridMailTransport.Listener l) {
        List<String> domains = topology.mailTopology().mxDomains();
        return new Endpoints.Smtp(
                l.connector(),
                l.host(),
                l.port(),
                topology.mailTopology().internet().mxDomainsAt(l.port(), domains));
    }

    /** The organization's listening SMTP connectors, if it is one side of a hybrid pair. */
    static List<Endpoints.Smtp> smtp(Topology topology, String organization) {
        List<Endpoints.Smtp> listeners = new ArrayList<>();
        for (HybridMailTransport transport : topology.mail()) {
            for (boolean cloudSide : new boolean[] {false, true}) {
                if (transport.organization(cloudSide).equals(organization)) {
                    transport.listeners(cloudSide).forEach(l -> listeners.add(smtp(topology, l)));
                }
            }
        }
        return listeners;
    }

    /** Each server as Get-ExchangeServer shows it, with the URLs the running tenant serves it at. */
    static List<Endpoints.Server> servers(Tenant tenant) {
        List<ServerUrls> urls = tenant.serverUrls();
        return tenant.servers().servers().stream()
                .map(server -> {
                    ServerUrls where = urls.stream()
                            .filter(u -> server.named(u.server()))
                            .findFirst()
                            .orElse(new ServerUrls(server.name(), null, null));
                    return new Endpoints.Server(
                            server.name(),
                            server.roleNames(),
                            server.build().adminDisplayVersion(),
                            server.build().toString(),
                            where.frontEnd() == null ? null : where.frontEnd().toString(),
                            where.backEnd() == null ? null : where.backEnd().toString());
                })
                .toList();
    }

    /** Written whole or not at all, owner-only: it lists the users' passwords. */
    public static void write(Path stateDirectory, Endpoints endpoints) {
        try {
            AtomicFiles.writePrivate(
                    in(stateDirectory), (JSON.writeValueAsString(endpoints) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize endpoints", e);
        }
    }

    /** For clients of a running emulator; a newer writer may have added fields. */
    public static Endpoints read(Path stateDirectory) {
        Path file = in(stateDirectory);
        try {
            return Json.lenient().readValue(file.toFile(), Endpoints.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
