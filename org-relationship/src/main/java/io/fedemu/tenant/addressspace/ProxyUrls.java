package io.fedemu.tenant.addressspace;

import java.net.URI;

/**
 * Where a written ProxyUrl sends the request now: the EWS URL of one of the organization's own Exchange 2013 Client
 * Access servers (or its namespace, which the load balancer spreads over them), or a refusal saying why not. The
 * 2007 server proxies as its service account, with the organization's back-end secret, so it never sends to a
 * URL that is not its own organization's.
 */
@FunctionalInterface
public interface ProxyUrls {

    /**
     * Either a URL to call or the reason none is; exactly one is set. {@code down} marks the URL of a server that
     * is down: its ports may still be closing, and a caller must not reach it in between.
     */
    record Target(URI ews, String refusal, boolean down) {
        public static Target of(URI ews) {
            return new Target(ews, null, false);
        }

        public static Target ofDown(URI ews) {
            return new Target(ews, null, true);
        }

        public static Target refused(String refusal) {
            return new Target(null, refusal, false);
        }
    }

    Target resolve(String proxyUrl);
}
