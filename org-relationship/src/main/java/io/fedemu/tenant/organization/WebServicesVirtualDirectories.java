package io.fedemu.tenant.organization;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.WebServicesVirtualDirectoryInfo;
import io.fedemu.tenant.admin.AdminRefusedException;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.ServerRole;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Get- and Set-WebServicesVirtualDirectory of each Exchange 2013 Client Access server of an on-premises organization:
 * its ExternalUrl and MRSProxyEnabled, kept in {@code <tenant home>/ews-virtual-directories.json} once changed. fedemu
 * serves EWS at the namespace whatever ExternalUrl says; the Hybrid Configuration Wizard's prerequisite check reads it
 * ("The Web Services External Url is not set on the On-Premises server") and its MRS proxy stage sets MRSProxyEnabled.
 */
public final class WebServicesVirtualDirectories {
    public static final String FILE_NAME = "ews-virtual-directories.json";

    /** The file's document. */
    record Document(List<WebServicesVirtualDirectoryInfo> webServicesVirtualDirectories) {}

    private final StateFile<Document> file;
    private final String organization;
    private final List<ExchangeServer> servers;
    private volatile List<WebServicesVirtualDirectoryInfo> all;

    WebServicesVirtualDirectories(Path home, String organization, boolean onPremises, List<ExchangeServer> servers) {
        this.file = new StateFile<>(home, FILE_NAME, Document.class);
        this.organization = organization;
        this.servers = onPremises
                ? servers.stream()
                        .filter(s ->
                                s.has(ServerRole.CLIENT_ACCESS) && s.build().major() == 15)
                        .toList()
                : List.of();
        this.all = file.read()
                .map(d -> d.webServicesVirtualDirectories() == null
                        ? List.<WebServicesVirtualDirectoryInfo>of()
                        : List.copyOf(d.webServicesVirtualDirectories()))
                .orElseGet(() -> unset(this.servers));
    }

    private static List<WebServicesVirtualDirectoryInfo> unset(List<ExchangeServer> servers) {
        return servers.stream().map(s -> info(s.name(), null, false)).toList();
    }

    private static WebServicesVirtualDirectoryInfo info(String server, String externalUrl, boolean mrsProxyEnabled) {
        return new WebServicesVirtualDirectoryInfo(
                server + "\\" + WebServicesVirtualDirectoryInfo.NAME, server, externalUrl, mrsProxyEnabled);
    }

    /** As the wizard leaves them, when no earlier change wrote the file: every one at {@code externalUrl}, MRS on. */
    synchronized void seedConfigured(URI externalUrl) {
        if (file.read().isEmpty()) {
            all = servers.stream()
                    .map(s -> info(s.name(), externalUrl.toString(), true))
                    .toList();
        }
    }

    /** Get-WebServicesVirtualDirectory: one per Exchange 2013 Client Access server. */
    public List<WebServicesVirtualDirectoryInfo> list() {
        return all;
    }

    /** Get-WebServicesVirtualDirectory -Server. */
    public WebServicesVirtualDirectoryInfo get(String server) {
        String wanted = server == null ? "" : server.trim();
        return all.stream()
                .filter(v -> v.server().equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new AdminRefusedException(
                        Reason.WEB_SERVICES_VIRTUAL_DIRECTORY_NOT_FOUND,
                        "Server: " + organization + " has no EWS virtual directory on '" + server
                                + "'; its Exchange 2013 Client Access servers are "
                                + servers.stream().map(ExchangeServer::name).toList()));
    }

    /**
     * Set-WebServicesVirtualDirectory: {@code externalUrl} null keeps it, {@code ""} clears it ($null); {@code
     * mrsProxyEnabled} null keeps it.
     */
    public synchronized WebServicesVirtualDirectoryInfo set(
            String server, String externalUrl, Boolean mrsProxyEnabled) {
        WebServicesVirtualDirectoryInfo current = get(server);
        String url = current.externalUrl();
        if (externalUrl != null) {
            url = externalUrl.isBlank() ? null : checkedUrl(externalUrl.trim());
        }
        WebServicesVirtualDirectoryInfo changed = info(
                current.server(),
                url,
                mrsProxyEnabled != null ? mrsProxyEnabled : Boolean.TRUE.equals(current.mrsProxyEnabled()));
        List<WebServicesVirtualDirectoryInfo> next = new ArrayList<>();
        all.forEach(v -> next.add(v == current ? changed : v));
        List<WebServicesVirtualDirectoryInfo> built = List.copyOf(next);
        file.write(new Document(built));
        all = built;
        return changed;
    }

    /** The first Exchange 2013 server's ExternalUrl, if set: what the wizard's prerequisite check asks. */
    public Optional<String> externalUrl() {
        return all.stream()
                .map(WebServicesVirtualDirectoryInfo::externalUrl)
                .filter(u -> u != null)
                .findFirst();
    }

    private static String checkedUrl(String value) {
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null
                || !"https".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null
                || uri.getPath() == null
                || !uri.getPath().toLowerCase(Locale.ROOT).endsWith("/ews/exchange.asmx")) {
            throw new AdminRefusedException(
                    Reason.WEB_SERVICES_URL_INVALID,
                    "ExternalUrl: '" + value
                            + "' is not an https URL of the EWS virtual directory (/EWS/Exchange.asmx)");
        }
        return value;
    }
}
