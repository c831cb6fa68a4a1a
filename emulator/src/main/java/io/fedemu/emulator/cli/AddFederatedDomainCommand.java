package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Add-FederatedDomain (issue 17, docs/PROTOCOL.md section 23). */
@Command(
        name = "add-federated-domain",
        mixinStandardHelpOptions = true,
        description =
                "Adds a federated domain (Add-FederatedDomain; the first is the account namespace): the gateway checks the proof of ownership.",
        footer = {"", "Example:", "  fedemu add-federated-domain --tenant contoso-onprem --domain-name contoso.com"})
final class AddFederatedDomainCommand extends OrganizationCmdlet {
    @Option(names = "--domain-name", required = true, paramLabel = "DOMAIN", description = "An accepted domain.")
    String domainName;

    @Override
    public Integer call() {
        return show(admin().addFederatedDomain(domainName));
    }
}
