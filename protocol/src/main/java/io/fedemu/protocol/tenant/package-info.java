/**
 * A tenant's admin API wire shapes: organization relationships as New-/Set-/Get-OrganizationRelationship
 * know them (PROTOCOL.md section 4), mailboxes as the directory lists them and calendar items, in JSON.
 * They live here, beside the gateway's, so the client module and tests can speak the API without
 * depending on a role.
 */
package io.fedemu.protocol.tenant;
