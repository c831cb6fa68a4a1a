package io.fedemu.protocol.gateway;

/** Stages a next federation certificate (Set-FederationTrust -Thumbprint); PEM, public part only. */
public record CertificateSubmission(String certificate) {}
