package io.fedemu.tenant.admin;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.AutomaticReplies;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.mailtips.OofRules;
import io.fedemu.tenant.mailtips.OofSettingsStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * A mailbox's automatic replies, as Get- and Set-MailboxAutoReplyConfiguration read and write them: what
 * GetUserOofSettings answers and the Automatic Replies MailTip shows (PROTOCOL.md section 15). A refused body
 * changes nothing.
 */
@Path(TenantAdminPaths.MAILBOXES + "/{address}/automatic-replies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AutomaticRepliesResource {
    private final Directory directory;
    private final OofSettingsStore store;

    public AutomaticRepliesResource(Directory directory, OofSettingsStore store) {
        this.directory = directory;
        this.store = store;
    }

    @GET
    public AutomaticReplies get(@PathParam("address") String address) {
        return OofRules.toAdmin(store.get(mailbox(address).address()));
    }

    @PUT
    public AutomaticReplies set(@PathParam("address") String address, AutomaticReplies body) {
        Mailbox mailbox = mailbox(address);
        try {
            store.set(mailbox.address(), OofRules.fromAdmin(body));
        } catch (OofRules.OofRefusedException e) {
            throw new AdminRefusedException(e.reason(), e.getMessage());
        }
        return OofRules.toAdmin(store.get(mailbox.address()));
    }

    private Mailbox mailbox(String address) {
        if (directory.lookup(address) instanceof Mailbox mailbox) {
            return mailbox;
        }
        throw new AdminRefusedException(Reason.MAILBOX_NOT_FOUND, "no mailbox has the address " + address);
    }
}
