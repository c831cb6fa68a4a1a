package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;

/** Get-AcceptedDomain (issue 17, docs/PROTOCOL.md section 23). */
@Command(
        name = "get-accepted-domain",
        mixinStandardHelpOptions = true,
        description = "Lists the organization's accepted domains (Get-AcceptedDomain).",
        footer = {"", "Example:", "  fedemu get-accepted-domain --tenant contoso-cloud"})
final class GetAcceptedDomainCommand extends OrganizationCmdlet {
    @Override
    public Integer call() {
        return show(admin().acceptedDomains());
    }
}
