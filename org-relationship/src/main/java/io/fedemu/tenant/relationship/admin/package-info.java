/**
 * The tenant's admin API for organization relationships (New-/Set-/Get-/Remove-OrganizationRelationship over
 * JSON), refusals as {@code application/problem+json} bodies naming the rule. Mount it with
 * {@link io.fedemu.tenant.relationship.admin.RelationshipAdminApi}.
 */
package io.fedemu.tenant.relationship.admin;
