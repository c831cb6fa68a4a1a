/**
 * The federation gateway's wire shapes: token exchange parameters and claims, metadata, admin DTOs,
 * and the offers a delegation token can be issued for (PROTOCOL.md section 3, fedemu's JOSE choice).
 */
package io.fedemu.protocol.gateway;
