package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.OrganizationServers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A server with both the Client Access and the Mailbox role, as Exchange 2007 installs them together: a mailbox
 * whose database's active copy is mounted here is answered here; any other goes to the server holding it.
 */
public final class LocalOrProxiedMailboxes implements MailboxFreeBusy {
    private final ExchangeServer self;
    private final OrganizationServers servers;
    private final MailboxFreeBusy local;
    private final MailboxFreeBusy proxied;

    public LocalOrProxiedMailboxes(
            ExchangeServer self, OrganizationServers servers, MailboxFreeBusy local, MailboxFreeBusy proxied) {
        this.self = self;
        this.servers = servers;
        this.local = local;
        this.proxied = proxied;
    }

    @Override
    public Map<Integer, FreeBusyResponseType> answer(
            List<Target> targets, AvailabilityRequest request, String requester, String requestId) {
        List<Target> here = new ArrayList<>();
        List<Target> elsewhere = new ArrayList<>();
        for (Target target : targets) {
            // Asked per request, so a copy activated since is followed at once.
            (servers.mailboxServer(target.mailbox().address()).named(self.name()) ? here : elsewhere).add(target);
        }
        Map<Integer, FreeBusyResponseType> answers = new HashMap<>();
        if (!here.isEmpty()) {
            answers.putAll(local.answer(here, request, requester, requestId));
        }
        if (!elsewhere.isEmpty()) {
            answers.putAll(proxied.answer(elsewhere, request, requester, requestId));
        }
        return answers;
    }
}
