/**
 * Test-FederationTrust and Test-OrganizationRelationship with Exchange's semantics (PROTOCOL.md section 5):
 * each check is a {@link io.fedemu.client.diagnostics.TestResult} {Id, Type, Message}.
 */
package io.fedemu.client.diagnostics;
