package io.fedemu.emulator.cli;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.topology.launcher.EndpointsFile;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The emulator a cmdlet talks to, as {@code fedemu up} described it in endpoints.json: users name tenants,
 * domains and addresses, this turns them into URLs and the TLS trust to reach them.
 */
record RunningEmulator(Endpoints endpoints, SSLContext tls, AdminCredential admin) {

    static RunningEmulator in(Path stateDirectory) {
        if (!Files.isRegularFile(EndpointsFile.in(stateDirectory))) {
            throw new IllegalStateException("no running emulator described in " + EndpointsFile.in(stateDirectory)
                    + ": start one with 'fedemu up --state-dir " + stateDirectory + "'");
        }
        Endpoints endpoints = EndpointsFile.read(stateDirectory);
        return new RunningEmulator(
                endpoints,
                TrustBundles.clientContext(Path.of(endpoints.trustBundle().pem())),
                endpoints.adminCredential());
    }

    Endpoints.Tenant tenant(String name) {
        return endpoints.tenants().stream()
                .filter(t -> t.name().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tenant named '" + name + "'; this emulator runs "
                        + endpoints.tenants().stream()
                                .map(Endpoints.Tenant::name)
                                .toList()));
    }

    /**
     * The organization a cmdlet without {@code --tenant} acts in: the only one the emulator runs, else the only one
     * that {@code holds} what the cmdlet names ({@code what}, for the message). Several or none is refused naming
     * the organizations, so a cmdlet never picks one silently.
     *
     * @param holds null when the cmdlet names nothing that could pick an organization
     */
    Endpoints.Tenant tenantOrOnly(String name, String what, java.util.function.Predicate<Endpoints.Tenant> holds) {
        if (name != null) {
            return tenant(name);
        }
        List<Endpoints.Tenant> all = endpoints.tenants();
        if (all.size() == 1) {
            return all.get(0);
        }
        List<String> names = all.stream().map(Endpoints.Tenant::name).toList();
        if (holds == null) {
            throw new IllegalArgumentException(
                    "this emulator runs several organizations " + names + ": name one with --tenant");
        }
        List<Endpoints.Tenant> holding = all.stream().filter(holds).toList();
        if (holding.size() == 1) {
            return holding.get(0);
        }
        throw new IllegalArgumentException(
                holding.isEmpty()
                        ? "no organization of this emulator " + names + " has " + what
                        : "several organizations have " + what + " "
                                + holding.stream().map(Endpoints.Tenant::name).toList()
                                + ": name one with --tenant");
    }

    Optional<Endpoints.Tenant> tenantOfDomain(String domain) {
        String wanted = domain.toLowerCase(Locale.ROOT);
        return endpoints.tenants().stream()
                .filter(t -> t.domains().stream().anyMatch(d -> d.equalsIgnoreCase(wanted)))
                .findFirst();
    }

    Endpoints.Tenant tenantHolding(String domain) {
        return tenantOfDomain(domain)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no tenant of this emulator " + "holds the domain '" + domain + "'"));
    }

    /** The tenant where {@code address} is a mailbox (not a remote mailbox): where it signs in. */
    Optional<Endpoints.Tenant> homeOf(String address) {
        return endpoints.tenants().stream()
                .filter(t -> t.mailboxes().stream()
                        .anyMatch(m -> Endpoints.Mailbox.MAILBOX.equals(m.kind())
                                && m.address().equalsIgnoreCase(address)))
                .findFirst();
    }

    /**
     * The internet organization (outside the federation, docs/PROTOCOL.md section 20) where {@code address} is a
     * mailbox, for the mail cmdlets.
     */
    Optional<Endpoints.Tenant> internetHomeOf(String address) {
        return endpoints.internet().stream()
                .filter(t -> t.mailboxes().stream().anyMatch(m -> m.address().equalsIgnoreCase(address)))
                .findFirst();
    }

    /** The scenario's password for a local mailbox of {@code tenant}. */
    Optional<String> password(Endpoints.Tenant tenant, String address) {
        return tenant.mailboxes().stream()
                .filter(m -> m.address().equalsIgnoreCase(address) && m.password() != null)
                .map(Endpoints.Mailbox::password)
                .findFirst();
    }

    TenantAdminClient admin(Endpoints.Tenant tenant) {
        return new TenantAdminClient(URI.create(tenant.admin()), tls, admin);
    }

    TenantAdminClient admin(String tenantName) {
        return admin(tenant(tenantName));
    }

    URI gateway() {
        return URI.create(endpoints.gateway().url());
    }

    /** The emulated DNS (issue 17), as endpoints.json lists it. */
    Endpoints.Dns dns() {
        if (endpoints.dns() == null) {
            throw new IllegalStateException(
                    "this emulator's endpoints.json lists no DNS server: it was started before issue 17; restart it");
        }
        return endpoints.dns();
    }

    /** The admin API of the emulated DNS: Get-/Add-/Remove-DnsServerResourceRecord. */
    io.fedemu.client.dns.DnsAdminClient dnsAdmin() {
        return new io.fedemu.client.dns.DnsAdminClient(URI.create(dns().admin()), tls, admin);
    }

    /** A resolver that asks the emulated DNS. */
    io.fedemu.client.dns.DnsLookup dnsLookup() {
        return new io.fedemu.client.dns.DnsLookup(new java.net.InetSocketAddress(dns().host(), dns().port()));
    }
}
