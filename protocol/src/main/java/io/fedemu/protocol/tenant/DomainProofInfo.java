package io.fedemu.protocol.tenant;

/** Get-FederatedDomainProof: the value and the TXT record line to publish in DNS. */
public record DomainProofInfo(String domain, String proof, String txtRecord) {}
