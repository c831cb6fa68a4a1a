package io.fedemu.tenant.transport;

/**
 * How far a sending side checks the receiving host's certificate (Set-SendConnector -TlsAuthLevel, and
 * Set-OutboundConnector -TlsSettings for Exchange Online Protection).
 */
public enum TlsAuthLevel {
    /** Encrypt, check nothing about the certificate. */
    ENCRYPTION_ONLY,
    /** The chain must reach a trusted root. */
    CERTIFICATE_VALIDATION,
    /** The chain must be trusted and a name on the certificate must match the connector's TlsDomain. */
    DOMAIN_VALIDATION
}
