package io.fedemu.protocol.gateway;

import java.time.Instant;

/** A certificate as the gateway publishes it: thumbprints, validity and the PEM. */
public record CertificateInfo(
        String thumbprint, String x5tS256, String subject, Instant notBefore, Instant notAfter, String pem) {}
