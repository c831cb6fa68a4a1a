package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;

/** Get-FederationTrust (issue 17, docs/PROTOCOL.md section 23). */
@Command(
        name = "get-federation-trust",
        mixinStandardHelpOptions = true,
        description =
                "Shows the organization's federation trust (Get-FederationTrust); 404 FEDERATION_TRUST_NOT_FOUND when it has none.",
        footer = {"", "Example:", "  fedemu get-federation-trust --tenant contoso-onprem"})
final class GetFederationTrustCommand extends OrganizationCmdlet {
    @Override
    public Integer call() {
        return show(admin().federationTrust());
    }
}
