package io.fedemu.protocol.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A mailbox's automatic replies as the tenant's admin API reads and writes them, named as
 * Get-/Set-MailboxAutoReplyConfiguration names them (PROTOCOL.md section 15). The tenant checks the values and
 * names the field it cannot take.
 *
 * @param autoReplyState   Disabled, Enabled or Scheduled
 * @param externalAudience None, Known or All: which senders outside the organization get the external message
 * @param startTime        ISO-8601 with an offset ({@code 2026-12-01T08:00:00Z}); with Scheduled only
 * @param endTime          as {@code startTime}; after it
 * @param internalMessage  the reply senders of the organization get
 * @param externalMessage  the reply senders outside it get
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AutomaticReplies(
        String autoReplyState,
        String externalAudience,
        String startTime,
        String endTime,
        String internalMessage,
        String externalMessage) {}
