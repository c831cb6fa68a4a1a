/**
 * The tenant's side of its federation trust (PROTOCOL.md section 3): its federation certificate slots,
 * its registration and domain proofs at the gateway, its cached copy of the gateway's metadata, the
 * delegation tokens it asks for, and the validation of tokens it receives.
 */
package io.fedemu.tenant.federation;
