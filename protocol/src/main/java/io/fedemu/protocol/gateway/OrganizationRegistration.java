package io.fedemu.protocol.gateway;

/**
 * Creates a federation trust at the gateway. {@code applicationUri} may be omitted for an
 * on-premises organization: it is then derived from its first proven domain.
 *
 * @param federationCertificate PEM of the organization's federation certificate (public part only)
 */
public record OrganizationRegistration(
        String name, OrganizationKind kind, String applicationUri, String federationCertificate) {}
