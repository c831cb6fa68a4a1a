package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Remove-FederatedDomain (issue 17, docs/PROTOCOL.md section 23). */
@Command(
        name = "remove-federated-domain",
        mixinStandardHelpOptions = true,
        description = "Removes a federated domain (Remove-FederatedDomain); the gateway forgets the claim.",
        footer = {"", "Example:", "  fedemu remove-federated-domain --tenant contoso-onprem --domain-name contoso.com"})
final class RemoveFederatedDomainCommand extends OrganizationCmdlet {
    @Option(names = "--domain-name", required = true, paramLabel = "DOMAIN", description = "A federated domain.")
    String domainName;

    @Override
    public Integer call() {
        return show(admin().removeFederatedDomain(domainName));
    }
}
