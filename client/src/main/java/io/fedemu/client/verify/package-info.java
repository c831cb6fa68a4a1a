/**
 * The trust-chain verifier: {@link io.fedemu.client.verify.TrustChainVerifier} walks one free/busy request
 * from outside (ARCHITECTURE.md, "The trust chain, one request") and reports every
 * {@link io.fedemu.client.verify.Link} as a {@link io.fedemu.client.verify.LinkResult}: ✓ or ✗, the named
 * reason, what was found and the remedy a trainer would give.
 */
package io.fedemu.client.verify;
