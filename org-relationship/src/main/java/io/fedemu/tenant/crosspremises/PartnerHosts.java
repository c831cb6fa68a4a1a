package io.fedemu.tenant.crosspremises;

import io.fedemu.tenant.faults.LinkTargets;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hosts this organization calls for free/busy: the roles of its scenario (the gateway and every
 * organization, by the address each listens on) and any the scenario ({@code allowedPartners}) or a test adds. A relationship's
 * TargetSharingEpr or TargetAutodiscoverEpr, and the EWS URL a partner's Autodiscover answers with, must name one
 * of them; otherwise the call is never made (PARTNER_HOST_NOT_ALLOWED), so neither an admin change nor a
 * partner's answer can turn the emulator into a client of arbitrary hosts. A tenant run without a scenario (no
 * link targets, as in library use) knows no roles and calls any host.
 */
public final class PartnerHosts {
    private final Set<String> allowed = ConcurrentHashMap.newKeySet();
    private final boolean anyHost;

    private PartnerHosts(boolean anyHost) {
        this.anyHost = anyHost;
    }

    /** Every host: a tenant without a scenario. */
    public static PartnerHosts any() {
        return new PartnerHosts(true);
    }

    public static PartnerHosts of(LinkTargets targets) {
        if (targets.named().isEmpty()) {
            return new PartnerHosts(true);
        }
        PartnerHosts hosts = new PartnerHosts(false);
        targets.named().values().forEach(hosts::allow);
        return hosts;
    }

    /**
     * Adds the host and port of {@code uri}: a partner outside the scenario that a trainer (the organization's
     * {@code allowedPartners} in the scenario file) or a test trusts.
     */
    public void allow(URI uri) {
        String authority = authority(uri);
        if (authority != null) {
            allowed.add(authority);
        }
    }

    public boolean allows(URI uri) {
        if (anyHost) {
            return true;
        }
        String authority = authority(uri);
        return authority != null && allowed.contains(authority);
    }

    public boolean allows(String url) {
        try {
            return url == null || allows(URI.create(url.trim()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Host and port, loopback names counted as one host (a scenario writes localhost, a role reports 127.0.0.1). */
    static String authority(URI uri) {
        if (uri == null || uri.getHost() == null) {
            return null;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("http") ? 80 : 443;
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("::1")) {
            host = "loopback";
        }
        return host + ":" + port;
    }
}
