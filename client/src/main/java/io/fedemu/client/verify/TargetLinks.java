package io.fedemu.client.verify;

import io.fedemu.protocol.tenant.MailboxInfo;
import io.fedemu.protocol.tenant.MailboxListing;
import io.fedemu.protocol.tenant.RemoteMailboxInfo;
import java.util.List;
import java.util.Optional;

/**
 * How the requesting tenant routes the target (a remote mailbox by its targetAddress, anything else by its
 * own domain: ARCHITECTURE.md step 2) and what the partner holds at that address (step 7).
 */
final class TargetLinks {
    /** Where the request for the target goes. */
    record Routing(String address, boolean remoteMailbox) {}

    private TargetLinks() {}

    static Routing route(MailboxListing requester, String target) {
        Optional<RemoteMailboxInfo> remote = requester.remoteMailboxes().stream()
                .filter(m -> m.address().equalsIgnoreCase(target))
                .findFirst();
        return remote.map(m -> new Routing(m.targetAddress(), true)).orElseGet(() -> new Routing(target, false));
    }

    static LinkResult routing(
            String requesterOrg,
            MailboxListing requester,
            List<String> requesterDomains,
            String target,
            Routing routing,
            String partnerOrg,
            List<String> partnerDomains) {
        Link link = Link.TARGET_ROUTING;
        if (requester.mailboxes().stream().anyMatch(m -> m.address().equalsIgnoreCase(target))) {
            return LinkResult.broken(
                    link,
                    "TARGET_IS_LOCAL",
                    target + " is a mailbox of " + requesterOrg + ": its free/busy never crosses the boundary",
                    "ask for a mailbox of " + partnerOrg);
        }
        String domain = Domains.of(routing.address());
        if (!routing.remoteMailbox() && Domains.contains(requesterDomains, domain)) {
            return LinkResult.broken(
                    link,
                    "RECIPIENT_NOT_FOUND",
                    target + " is in " + requesterOrg + "'s domain but is neither a mailbox nor a remote mailbox there",
                    "create the remote mailbox " + target + " on " + requesterOrg + " with a targetAddress in "
                            + partnerDomains);
        }
        String how = routing.remoteMailbox()
                ? target + " is a remote mailbox with targetAddress " + routing.address()
                : target + " is routed by its own domain";
        if (!Domains.contains(partnerDomains, domain)) {
            return LinkResult.broken(
                    link,
                    "TARGET_DOMAIN_NOT_FEDERATED",
                    how + "; " + domain + " is not among " + partnerOrg + "'s federated domains " + partnerDomains,
                    routing.remoteMailbox()
                            ? "correct the targetAddress of " + target + " on " + requesterOrg + " to an address in "
                                    + partnerDomains + " (Set-RemoteMailbox -RemoteRoutingAddress)"
                            : "ask for an address in one of " + partnerOrg + "'s domains " + partnerDomains);
        }
        return LinkResult.ok(link, how + ", a domain of " + partnerOrg);
    }

    static LinkResult mailbox(String partnerOrg, MailboxListing partner, String address) {
        Link link = Link.TARGET_MAILBOX;
        Optional<MailboxInfo> found = partner.mailboxes().stream()
                .filter(m -> m.address().equalsIgnoreCase(address))
                .findFirst();
        if (found.isEmpty()) {
            return LinkResult.broken(
                    link,
                    "RECIPIENT_NOT_FOUND",
                    partnerOrg + " has no mailbox " + address,
                    "correct the target address, or create the mailbox " + address + " on " + partnerOrg);
        }
        MailboxInfo mailbox = found.get();
        if ("None".equalsIgnoreCase(mailbox.defaultPermission())) {
            return LinkResult.broken(
                    link,
                    "DEFAULT_PERMISSION_NONE",
                    address + "'s calendar Default permission is " + "None, which hides it from partners too",
                    "the owner of " + address + " on " + partnerOrg
                            + " must set the calendar's Default permission to at least AvailabilityOnly "
                            + "(FreeBusyTimeOnly)");
        }
        return LinkResult.ok(
                link, address + " on " + partnerOrg + ", Default permission " + mailbox.defaultPermission());
    }
}
