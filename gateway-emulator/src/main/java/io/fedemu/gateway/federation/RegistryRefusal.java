package io.fedemu.gateway.federation;

/**
 * Why the gateway refused a change to its organization registry: one reason per rule, with the HTTP
 * status of its problem body and a sentence a trainer can read aloud.
 */
public enum RegistryRefusal {
    ORGANIZATION_UNKNOWN(404, "No federation trust exists for this organization."),
    ORGANIZATION_EXISTS(409, "A federation trust with this name already exists."),
    APPLICATION_URI_TAKEN(409, "Another organization already uses this application URI."),
    APPLICATION_URI_REQUIRED(400, "A cloud organization must name its application URI."),
    REQUEST_INVALID(400, "The request is missing a field or has a malformed one."),
    CERTIFICATE_UNREADABLE(400, "The federation certificate is not a PEM X.509 certificate."),
    CERTIFICATE_NOT_FEDERATION_CAPABLE(
            400,
            "The certificate cannot serve federation: Exchange needs RSA 2048, a Subject Key Identifier and "
                    + "Client Authentication, valid now."),
    CERTIFICATE_ALREADY_CURRENT(409, "This certificate is already the organization's current one."),
    NO_NEXT_CERTIFICATE(409, "No next certificate is staged: stage one before publishing."),
    DOMAIN_MALFORMED(400, "The domain name is not a valid DNS name."),
    DOMAIN_PROOF_INVALID(400, "The domain proof does not verify against the organization's federation certificate."),
    DOMAIN_HELD_BY_ANOTHER_ORGANIZATION(409, "The domain is already federated by another organization.");

    private final int status;
    private final String sentence;

    RegistryRefusal(int status, String sentence) {
        this.status = status;
        this.sentence = sentence;
    }

    public int status() {
        return status;
    }

    public String sentence() {
        return sentence;
    }
}
