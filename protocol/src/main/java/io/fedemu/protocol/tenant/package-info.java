/**
 * A tenant's admin wire shapes: organization relationships as New-/Set-/Get-OrganizationRelationship know
 * them (PROTOCOL.md section 4), in JSON.
 */
package io.fedemu.protocol.tenant;
