package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Remove-AcceptedDomain (issue 17, docs/PROTOCOL.md section 23). */
@Command(
        name = "remove-accepted-domain",
        mixinStandardHelpOptions = true,
        description =
                "Removes an accepted domain (Remove-AcceptedDomain); refused while a federated domain or an address policy uses it.",
        footer = {
            "",
            "Example:",
            "  fedemu remove-accepted-domain --tenant contoso-onprem --identity contoso.mail.onmicrosoft.com"
        })
final class RemoveAcceptedDomainCommand extends OrganizationCmdlet {
    @Option(names = "--identity", required = true, paramLabel = "DOMAIN", description = "Its domain name or name.")
    String identity;

    @Override
    public Integer call() {
        admin().removeAcceptedDomain(identity);
        return done("Removed accepted domain '" + identity + "' from " + tenant + ".");
    }
}
