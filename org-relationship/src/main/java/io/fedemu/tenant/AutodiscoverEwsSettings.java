package io.fedemu.tenant;

import io.fedemu.protocol.federation.UserSettingNames;
import io.fedemu.tenant.autodiscover.UserSettingsSource;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.servers.ExchangeBuild;
import io.fedemu.tenant.servers.ExchangeProduct;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.ServerRole;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What GetUserSettings tells about EWS: the namespace's URL and version, or, when a signed-in user of the
 * organization asks about a mailbox on an Exchange 2007 server, the 2007 Client Access server's own EWS URL
 * (Internal and External) and its build; otherwise the namespace's URL and the build it answers as. An Exchange 2013 Client Access server does not serve a 2007 mailbox's EWS
 * to its users; its Autodiscover sends them to the legacy URLs instead (legacy.contoso.com in a real deployment, the
 * 2007 server's own port here). A partner (authenticated by its MSExchange.Autodiscover token at /WSSecurity,
 * PROTOCOL.md section 14) is always told the namespace: Exchange 2007 cannot federate, so the hybrid's 2013 server answers partners for every
 * mailbox, and a partner that caches one EWS URL per organization must not cache the 2007 server's.
 */
final class AutodiscoverEwsSettings implements UserSettingsSource {
    private final TenantDefinition definition;
    private final URI namespaceEws;
    /** Asked at each answer: New-FederationTrust may federate the organization while it runs (issue 17). */
    private final java.util.function.BooleanSupplier federated;

    private final Function<String, Optional<URI>> legacyEws;

    /** @param legacyEws a 2007 Client Access server's own EWS URL by its name; empty while none listens */
    AutodiscoverEwsSettings(
            TenantDefinition definition,
            URI namespaceEws,
            java.util.function.BooleanSupplier federated,
            Function<String, Optional<URI>> legacyEws) {
        this.definition = definition;
        this.namespaceEws = namespaceEws;
        this.federated = federated;
        this.legacyEws = legacyEws;
    }

    @Override
    public Optional<Map<String, String>> settingsFor(String address, Optional<String> signedIn) {
        if (!(definition.directory().lookup(address) instanceof Mailbox mailbox)) {
            return Optional.empty();
        }
        String ews = namespaceEws.toString();
        String version = namespaceVersion();
        // Asked per request: a database activated on another server moves its users' URLs with it.
        ExchangeServer home = definition.servers().mailboxServer(mailbox.address());
        if (signedIn.isPresent() && home.product() == ExchangeProduct.EXCHANGE_2007) {
            Optional<URI> legacy = legacyClientAccess(home).flatMap(server -> legacyEws.apply(server.name()));
            if (legacy.isPresent()) {
                ews = legacy.get().toString();
                version = ewsVersion(home.build());
            }
        }
        return Optional.of(Map.of(
                UserSettingNames.EXTERNAL_EWS_URL,
                ews,
                UserSettingNames.INTERNAL_EWS_URL,
                ews,
                UserSettingNames.EXTERNAL_EWS_VERSION,
                version,
                UserSettingNames.CROSS_ORGANIZATION_SHARING_ENABLED,
                String.valueOf(federated.getAsBoolean())));
    }

    /**
     * The build the namespace answers as (PROTOCOL.md section 14): the organization's first Client Access server of
     * Exchange 2013 or later when servers are written, else the build its ServerVersionInfo names (serverVersion,
     * e.g. 15.00.1497.002 for Exchange2013, 15.01.2507.006 for Exchange2016), as its EWS answers.
     */
    String namespaceVersion() {
        if (!definition.servers().implicit()) {
            java.util.Optional<ExchangeServer> front = definition.servers().servers(ServerRole.CLIENT_ACCESS).stream()
                    .filter(server -> server.product() != ExchangeProduct.EXCHANGE_2007)
                    .findFirst();
            if (front.isPresent()) {
                return ewsVersion(front.get().build());
            }
        }
        io.fedemu.protocol.ews.types.ServerVersionInfo info =
                io.fedemu.tenant.ews.ServerVersions.of(definition.serverVersion());
        return ewsVersion(new ExchangeBuild(
                info.getMajorVersion(),
                info.getMinorVersion(),
                info.getMajorBuildNumber(),
                info.getMinorBuildNumber()));
    }

    /** The mailbox server itself when it has the Client Access role, as 2007 installs it; else another 2007 one. */
    private Optional<ExchangeServer> legacyClientAccess(ExchangeServer home) {
        if (home.has(ServerRole.CLIENT_ACCESS)) {
            return Optional.of(home);
        }
        return definition.servers().servers(ServerRole.CLIENT_ACCESS).stream()
                .filter(server -> server.product() == ExchangeProduct.EXCHANGE_2007)
                .findFirst();
    }

    /** Autodiscover's form of a build: {@code 08.03.0298.003} for 2007 SP3 RU10. */
    static String ewsVersion(ExchangeBuild build) {
        return String.format(
                java.util.Locale.ROOT,
                "%02d.%02d.%04d.%03d",
                build.major(),
                build.minor(),
                build.build(),
                build.revision());
    }
}
