/**
 * Organization relationships as the emulator's own tooling builds them: the
 * {@code Get-FederationInformation | New-OrganizationRelationship} pipeline shared by the CLI and by
 * scenario relationships written with {@code fromFederationInformation}.
 */
package io.fedemu.topology.relationship;
