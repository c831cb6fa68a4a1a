package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.runtime.journal.Journal;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLContext;

/** The wizard's admin resource for an on-premises tenant, built from what the tenant knows at start. */
public final class HybridWizard {
    private HybridWizard() {}

    private static Optional<io.fedemu.client.dns.DnsLookup> resolver(java.net.InetSocketAddress dns) {
        return Optional.ofNullable(dns).map(io.fedemu.client.dns.DnsLookup::new);
    }

    /**
     * @param home      the tenant's state folder, where the HybridConfiguration object is kept
     * @param namespace the organization's URL (its own admin API, Autodiscover and EWS are there)
     * @param others    the URL of each organization this emulator runs, by name (the cloud is one)
     * @param smartHost the on-premises mail host name
     * @param dns       the emulated DNS server Get-FederationInformation asks, or null without one
     */
    public static HybridConfigurationResource resource(
            String organization,
            Path home,
            URI namespace,
            String ewsUrl,
            Function<String, Optional<URI>> others,
            SSLContext tls,
            AdminCredential credential,
            Journal journal,
            String smartHost,
            java.net.InetSocketAddress dns) {
        HybridConfigurationStore store = new HybridConfigurationStore(home);
        return new HybridConfigurationResource(
                store,
                new HybridConfigurationEngine(store, journal, ewsUrl),
                new AdminApiOrganization(organization, namespace, tls, credential, () -> resolver(dns)),
                name -> others.apply(name)
                        .map(url -> new AdminApiOrganization(name, url, tls, credential, () -> resolver(dns))),
                smartHost);
    }
}
