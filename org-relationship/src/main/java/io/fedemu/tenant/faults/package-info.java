/**
 * An organization misbehaving on purpose (issue 7): down or slow as a role, its clock off, and faults on
 * its outbound links to the gateway or a partner, made real by a WireMock proxy in the path.
 */
package io.fedemu.tenant.faults;
