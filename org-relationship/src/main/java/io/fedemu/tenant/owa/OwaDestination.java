package io.fedemu.tenant.owa;

import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.Recipient;
import io.fedemu.tenant.directory.RemoteMailbox;
import io.fedemu.tenant.relationship.RelationshipStore;
import io.fedemu.tenant.servers.ExchangeProduct;
import io.fedemu.tenant.servers.OrganizationServers;
import java.net.URI;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a signed-in user's Outlook Web App is, decided after authentication by recipient type, as the Exchange 2013
 * Client Access server decides: served here, a link to the cloud (a remote mailbox), or a redirect to the Exchange
 * 2007 server's OWA.
 */
sealed interface OwaDestination {
    /** A mailbox this organization's Exchange 2013 (or cloud) servers hold: its OWA is served here. */
    record Here(Mailbox mailbox) implements OwaDestination {}

    /** A remote mailbox: the page with a link to the relationship's TargetOwaURL. */
    record CloudLink(RemoteMailbox user, URI targetOwaUrl) implements OwaDestination {}

    /** A remote mailbox whose relationship has no usable TargetOwaURL: "the address is out of date". */
    record OutOfDate(RemoteMailbox user, String targetOwaUrl) implements OwaDestination {}

    /** A mailbox on an Exchange 2007 server: HTTP 302 to that server's OWA (the legacy namespace). */
    record Legacy(Mailbox mailbox, String server, URI owaUrl) implements OwaDestination {}

    /**
     * @param legacyOwa an Exchange 2007 server's OWA URL by server name (empty when it has no Client Access role)
     */
    static OwaDestination of(
            Recipient user,
            OrganizationServers servers,
            RelationshipStore relationships,
            Function<String, Optional<URI>> legacyOwa) {
        if (user instanceof RemoteMailbox remote) {
            Optional<OrganizationRelationship> relationship = relationships.forDomain(remote.targetDomain());
            String written =
                    relationship.map(OrganizationRelationship::targetOwaUrl).orElse(null);
            return usable(written)
                    .<OwaDestination>map(url -> new CloudLink(remote, url))
                    .orElseGet(() -> new OutOfDate(remote, written));
        }
        Mailbox mailbox = (Mailbox) user;
        if (!servers.implicit()) {
            var server = servers.mailboxServer(mailbox.address());
            if (server.product() == ExchangeProduct.EXCHANGE_2007) {
                Optional<URI> owa = legacyOwa.apply(server.name());
                if (owa.isPresent()) {
                    return new Legacy(mailbox, server.name(), owa.get());
                }
            }
        }
        return new Here(mailbox);
    }

    /** An absolute http(s) URL with a host; anything else is "wrong" and gets the out-of-date page. */
    static Optional<URI> usable(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        try {
            URI url = new URI(written.trim());
            boolean http = "https".equalsIgnoreCase(url.getScheme()) || "http".equalsIgnoreCase(url.getScheme());
            return http && url.getHost() != null ? Optional.of(url) : Optional.empty();
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }
}
