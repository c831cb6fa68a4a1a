package io.fedemu.emulator.dashboard;

import io.fedemu.client.gateway.GatewayAdminClient;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.reason.Reason;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The roles' admin APIs as the dashboard calls them: over HTTP(S) with the admin token, the same clients the CLI's
 * cmdlets use, so a button does exactly what the command does (and is refused exactly as it would be).
 */
final class RoleAdmins {
    static final String GATEWAY = "gateway";

    private final Endpoints endpoints;
    private final SSLContext tls;
    private final AdminCredential credential;
    /** One HTTP client for every call: a page reads a dozen admin resources, over connections kept open. */
    private final JsonHttp http;

    RoleAdmins(Endpoints endpoints, SSLContext tls, AdminCredential credential) {
        this.endpoints = endpoints;
        this.tls = tls;
        this.credential = credential;
        this.http = new JsonHttp(tls, Duration.ofSeconds(10));
    }

    Endpoints endpoints() {
        return endpoints;
    }

    SSLContext tls() {
        return tls;
    }

    GatewayAdminClient gateway() {
        return new GatewayAdminClient(URI.create(endpoints.gateway().url()), http, credential);
    }

    TenantAdminClient tenant(String name) {
        return new TenantAdminClient(URI.create(organization(name).admin()), http, credential);
    }

    /** The organization of this name (any case); unknown is refused naming the ones there are. */
    Endpoints.Tenant organization(String name) {
        return find(name)
                .orElseThrow(() -> new Refusal(
                        Reason.REQUEST_INVALID,
                        "role '" + (name == null ? "" : name) + "' is neither gateway nor one of " + names()));
    }

    Optional<Endpoints.Tenant> find(String name) {
        return endpoints.tenants().stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .findFirst();
    }

    List<String> names() {
        return endpoints.tenants().stream().map(Endpoints.Tenant::name).toList();
    }

    /** {@code gateway} or an organization's own spelling of its name. */
    String role(String name) {
        return GATEWAY.equalsIgnoreCase(name) ? GATEWAY : organization(name).name();
    }
}
