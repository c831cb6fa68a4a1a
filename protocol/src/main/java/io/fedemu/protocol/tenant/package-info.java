/**
 * A tenant's admin API wire shapes: organization relationships as New-/Set-/Get-OrganizationRelationship
 * know them (PROTOCOL.md section 4), mailboxes as the directory lists them and calendar items, the
 * organization's servers and mailbox databases as Get-ExchangeServer and Get-MailboxDatabase show them, in JSON.
 * They live here, beside the gateway's, so the client module and tests can speak the API without
 * depending on a role.
 */
package io.fedemu.protocol.tenant;
