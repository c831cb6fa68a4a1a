package io.fedemu.protocol.gateway;

/**
 * Adds a federated domain: the proof is what Get-FederatedDomainProof printed for it, either the bare
 * value or the whole TXT record line {@code <domain> TXT IN <proof>}.
 */
public record DomainProofSubmission(String domain, String proof) {}
