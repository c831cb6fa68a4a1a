package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;

/** Get-EmailAddressPolicy (issue 17, docs/PROTOCOL.md section 23). */
@Command(
        name = "get-email-address-policy",
        mixinStandardHelpOptions = true,
        description = "Lists the organization's email address policies and their templates (Get-EmailAddressPolicy).",
        footer = {"", "Example:", "  fedemu get-email-address-policy --tenant contoso-onprem"})
final class GetEmailAddressPolicyCommand extends OrganizationCmdlet {
    @Override
    public Integer call() {
        return show(admin().emailAddressPolicies());
    }
}
