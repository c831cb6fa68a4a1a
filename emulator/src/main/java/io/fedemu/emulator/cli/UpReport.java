package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import java.io.PrintWriter;
import java.nio.file.Path;

/** What {@code fedemu up} prints: endpoints, users, and where to find the trust bundle and endpoints.json. */
final class UpReport {
    private UpReport() {}

    static void print(PrintWriter out, Endpoints endpoints, Path file) {
        out.printf("Scenario %s (%s)%n%n", endpoints.scenario(), endpoints.scenarioFile());
        Table roles = new Table("Role", "Endpoint", "URL");
        Endpoints.Gateway gateway = endpoints.gateway();
        roles.row("gateway", "Issuer", gateway.issuer());
        roles.row("gateway", "Discovery", gateway.discovery());
        roles.row("gateway", "Metadata", gateway.metadata());
        roles.row("gateway", "JWKS", gateway.jwks());
        roles.row("gateway", "Admin", gateway.admin());
        if (endpoints.dns() != null) {
            // The emulated public DNS (issue 17): UDP and TCP on one loopback port, its admin API on the gateway's.
            roles.row(
                    "dns",
                    "DNS",
                    "dns://" + endpoints.dns().host() + ":" + endpoints.dns().port());
            roles.row("dns", "Admin", endpoints.dns().admin());
        }
        for (Endpoints.Tenant tenant : endpoints.tenants()) {
            roles.row(tenant.name(), "EWS", tenant.ews());
            roles.row(tenant.name(), "Autodiscover", tenant.autodiscover());
            roles.row(tenant.name(), "Admin", tenant.admin());
            if (tenant.owaUrl() != null) {
                roles.row(tenant.name(), "OWA", tenant.owaUrl());
            }
        }
        roles.print(out);
        out.println();
        Table users = new Table("Tenant", "Address", "Password", "Kind", "TargetAddress");
        for (Endpoints.Tenant tenant : endpoints.tenants()) {
            for (Endpoints.Mailbox mailbox : tenant.mailboxes()) {
                users.row(
                        tenant.name(),
                        mailbox.address(),
                        nullToEmpty(mailbox.password()),
                        mailbox.kind(),
                        nullToEmpty(mailbox.targetAddress()));
            }
        }
        users.print(out);
        out.println();
        out.printf(
                "Trust bundle    %s (PKCS12: %s, password %s)%n",
                endpoints.trustBundle().pem(),
                endpoints.trustBundle().pkcs12(),
                endpoints.trustBundle().password());
        if (endpoints.admin() != null) {
            out.printf(
                    "Admin token     %s (send 'Authorization: Bearer <token>'; access: %s)%n",
                    endpoints.admin().tokenFile(), endpoints.admin().access());
        }
        if (endpoints.dashboard() != null) {
            out.printf("Dashboard       %s (sign in with the admin token)%n", endpoints.dashboard());
        }
        out.printf("Endpoints file  %s%n", file);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
