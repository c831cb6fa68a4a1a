package io.fedemu.certs;

/** What a certificate is for; decides its extensions and where it lives in the state directory. */
public enum CertificateKind {
    /** The emulator's self-signed root: basicConstraints CA (path length 1), keyCertSign and cRLSign. */
    ROOT_CA("root CA"),
    /** Issues the TLS certificates: signed by the root, path length 0, NameConstraints for the names served. */
    INTERMEDIATE_CA("intermediate CA"),
    /** HTTPS for a role, issued by the intermediate with a SAN for every name and address it serves. */
    TLS_SERVER("TLS server"),
    /** An organization's federation certificate: signs token requests, decrypts tokens (New-ExchangeCertificate -Services Federation). */
    FEDERATION("federation"),
    /** The gateway's token-signing certificate (TokenIssuerCertificate in its metadata). */
    TOKEN_SIGNING("token signing");

    private final String label;

    CertificateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
