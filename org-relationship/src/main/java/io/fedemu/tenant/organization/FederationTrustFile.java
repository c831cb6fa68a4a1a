package io.fedemu.tenant.organization;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code <tenant home>/federation-trust.json}: that New-FederationTrust made the organization a trust, and the
 * federated domains Add- and Remove-FederatedDomain left it. Its presence makes the organization federate at the next
 * start whatever the scenario's {@code federated} says (the certificate itself stays under certs/federation/).
 */
public final class FederationTrustFile {
    public static final String FILE_NAME = "federation-trust.json";

    /** The file's document. */
    record Document(List<String> federatedDomains) {}

    private FederationTrustFile() {}

    /** The federated domains kept by an earlier run, if it made or changed the trust. */
    public static Optional<List<String>> read(Path home) {
        return new StateFile<>(home, FILE_NAME, Document.class)
                .read()
                .map(d -> d.federatedDomains() == null ? List.<String>of() : List.copyOf(d.federatedDomains()));
    }

    public static void write(Path home, List<String> federatedDomains) {
        new StateFile<>(home, FILE_NAME, Document.class).write(new Document(List.copyOf(federatedDomains)));
    }
}
