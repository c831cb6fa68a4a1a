package io.fedemu.client.verify;

import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.admin.AdminCredential;
import java.net.URI;

/**
 * Where the verifier looks: the gateway, the requesting tenant's EWS, Autodiscover and admin API, and the
 * partner's Autodiscover and admin API, with the admin token both admin APIs ask for. A command line fills it from
 * endpoints.json; tests from a topology.
 */
public record ChainEndpoints(
        URI gateway,
        URI requesterEws,
        URI requesterAutodiscover,
        URI requesterAdmin,
        URI partnerAutodiscover,
        URI partnerAdmin,
        AdminCredential admin) {

    public static final String AUTODISCOVER_PATH = "/autodiscover/autodiscover.svc";
    public static final String EWS_PATH = "/EWS/Exchange.asmx";

    /** The standard Exchange paths under each tenant's base URL (e.g. {@code https://127.0.0.1:9443}). */
    public static ChainEndpoints of(URI gateway, URI requesterBase, URI partnerBase, AdminCredential admin) {
        return new ChainEndpoints(
                gateway,
                under(requesterBase, EWS_PATH),
                under(requesterBase, AUTODISCOVER_PATH),
                TenantAdminClient.adminOf(requesterBase),
                under(partnerBase, AUTODISCOVER_PATH),
                TenantAdminClient.adminOf(partnerBase),
                admin);
    }

    private static URI under(URI base, String path) {
        String text = base.toString();
        return URI.create((text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + path);
    }
}
