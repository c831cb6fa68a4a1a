package io.fedemu.tenant.admin;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.MessageTrackingEvent;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.tenant.transport.tracking.MessageTrackingLog;
import io.fedemu.tenant.transport.tracking.MessageTrackingLogQuery;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Get-MessageTrackingLog: the organization's transport events matching the filters, oldest first (PROTOCOL.md
 * section 19). A filter that cannot be read is a 400 problem naming it.
 */
@Path(TenantAdminPaths.MESSAGE_TRACKING_LOG)
@Produces(MediaType.APPLICATION_JSON)
public final class MessageTrackingLogResource {
    private final MessageTrackingLog log;

    public MessageTrackingLogResource(MessageTrackingLog log) {
        this.log = log;
    }

    @GET
    public List<MessageTrackingEvent> search(
            @QueryParam("sender") String sender,
            @QueryParam("recipients") List<String> recipients,
            @QueryParam("messageId") String messageId,
            @QueryParam("eventId") String eventId,
            @QueryParam("start") String start,
            @QueryParam("end") String end,
            @QueryParam("resultSize") String resultSize) {
        try {
            return MessageTrackingLogQuery.parse(sender, recipients, messageId, eventId, start, end, resultSize)
                    .run(log);
        } catch (MessageTrackingLogQuery.InvalidFilterException e) {
            throw new AdminRefusedException(Reason.MESSAGE_TRACKING_FILTER_INVALID, e.getMessage());
        }
    }
}
