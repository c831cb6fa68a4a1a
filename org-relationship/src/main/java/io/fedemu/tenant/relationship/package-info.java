/**
 * Organization relationships (PROTOCOL.md section 4): the store behind New-/Set-/Get-/Remove-OrganizationRelationship,
 * and the two access rules built on it, as pure functions with named outcomes: which relationship a requesting
 * tenant uses for a target domain ({@link io.fedemu.tenant.relationship.RelationshipSelection}), and what a
 * receiving tenant shows a requester from a partner domain ({@link io.fedemu.tenant.relationship.AccessDecision}).
 * No HTTP here; the admin API lives in the {@code admin} subpackage.
 */
package io.fedemu.tenant.relationship;
