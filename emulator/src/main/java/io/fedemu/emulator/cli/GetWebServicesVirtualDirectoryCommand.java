package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Get-WebServicesVirtualDirectory (issue 17, docs/PROTOCOL.md section 23). */
@Command(
        name = "get-web-services-virtual-directory",
        mixinStandardHelpOptions = true,
        description =
                "Shows an Exchange 2013 server's EWS virtual directory (Get-WebServicesVirtualDirectory): ExternalUrl, MRSProxyEnabled.",
        footer = {
            "",
            "Example:",
            "  fedemu get-web-services-virtual-directory --tenant contoso-onprem --server EX2013-01"
        })
final class GetWebServicesVirtualDirectoryCommand extends OrganizationCmdlet {
    @Option(
            names = "--server",
            required = true,
            paramLabel = "NAME",
            description = "An Exchange 2013 Client Access server.")
    String server;

    @Override
    public Integer call() {
        return show(admin().webServicesVirtualDirectory(server));
    }
}
