package io.fedemu.client.verify;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.reason.RemedyContext;
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
                    Reason.TARGET_IS_LOCAL,
                    target + " is a mailbox of " + requesterOrg + ": its free/busy never crosses the boundary",
                    RemedyContext.of(requesterOrg, partnerOrg, null, target));
        }
        String domain = Domains.of(routing.address());
        if (!routing.remoteMailbox() && Domains.contains(requesterDomains, domain)) {
            return LinkResult.broken(
                    link,
                    Reason.RECIPIENT_NOT_FOUND,
                    target + " is in " + requesterOrg + "'s domain but is neither a mailbox nor a remote mailbox there",
                    RemedyContext.of(requesterOrg, partnerOrg, null, target));
        }
        String how = routing.remoteMailbox()
                ? target + " is a remote mailbox with targetAddress " + routing.address()
                : target + " is routed by its own domain";
        if (!Domains.contains(partnerDomains, domain)) {
            return LinkResult.broken(
                    link,
                    Reason.TARGET_DOMAIN_NOT_FEDERATED,
                    how + "; " + domain + " is not among " + partnerOrg + "'s federated domains " + partnerDomains,
                    RemedyContext.of(requesterOrg, partnerOrg, null, target)
                            .withDetail(String.valueOf(partnerDomains)));
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
                    Reason.RECIPIENT_NOT_FOUND,
                    partnerOrg + " has no mailbox " + address,
                    RemedyContext.of(null, partnerOrg, null, address));
        }
        MailboxInfo mailbox = found.get();
        if ("None".equalsIgnoreCase(mailbox.defaultPermission())) {
            return LinkResult.broken(
                    link,
                    Reason.DEFAULT_PERMISSION_NONE,
                    address + "'s calendar Default permission is " + "None, which hides it from partners too",
                    RemedyContext.of(null, partnerOrg, null, address));
        }
        return LinkResult.ok(
                link, address + " on " + partnerOrg + ", Default permission " + mailbox.defaultPermission());
    }
}
