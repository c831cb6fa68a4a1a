package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;

/** New-FederationTrust (issue 17, docs/PROTOCOL.md section 23). */
@Command(
        name = "new-federation-trust",
        mixinStandardHelpOptions = true,
        description =
                "Creates the organization's federation trust (New-FederationTrust): a self-signed federation certificate, registered at the gateway, no domain yet.",
        footer = {"", "Example:", "  fedemu new-federation-trust --tenant contoso-onprem"})
final class NewFederationTrustCommand extends OrganizationCmdlet {
    @Override
    public Integer call() {
        return show(admin().newFederationTrust());
    }
}
