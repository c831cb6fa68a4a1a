package io.fedemu.emulator.cli;

import io.fedemu.protocol.tenant.AcceptedDomainInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** New-AcceptedDomain (issue 17, docs/PROTOCOL.md section 23). */
@Command(
        name = "new-accepted-domain",
        mixinStandardHelpOptions = true,
        description = "Adds an accepted domain (New-AcceptedDomain).",
        footer = {
            "",
            "Example:",
            "  fedemu new-accepted-domain --tenant contoso-onprem --domain-name contoso.mail.onmicrosoft.com"
        })
final class NewAcceptedDomainCommand extends OrganizationCmdlet {
    @Option(names = "--domain-name", required = true, paramLabel = "DOMAIN", description = "The SMTP domain.")
    String domainName;

    @Option(names = "--name", paramLabel = "NAME", description = "The object's name (default: the domain name).")
    String name;

    @Option(
            names = "--domain-type",
            paramLabel = "TYPE",
            description = "Authoritative (default), InternalRelay or ExternalRelay.")
    String domainType;

    @Override
    public Integer call() {
        return show(admin().newAcceptedDomain(new AcceptedDomainInfo(name, domainName, domainType)));
    }
}
