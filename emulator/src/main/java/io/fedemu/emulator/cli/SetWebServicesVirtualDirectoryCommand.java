package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Set-WebServicesVirtualDirectory (issue 17, docs/PROTOCOL.md section 23). */
@Command(
        name = "set-web-services-virtual-directory",
        mixinStandardHelpOptions = true,
        description =
                "Changes an EWS virtual directory (Set-WebServicesVirtualDirectory); parameters not given stay as they are.",
        footer = {
            "",
            "Example:",
            "  fedemu set-web-services-virtual-directory --tenant contoso-onprem --server EX2013-01 --external-url https://mail.contoso.com/EWS/Exchange.asmx --mrs-proxy-enabled true"
        })
final class SetWebServicesVirtualDirectoryCommand extends OrganizationCmdlet {
    @Option(
            names = "--server",
            required = true,
            paramLabel = "NAME",
            description = "An Exchange 2013 Client Access server.")
    String server;

    @Option(
            names = "--external-url",
            paramLabel = "URL",
            description = "https://HOST/EWS/Exchange.asmx, or $null to clear it.")
    String externalUrl;

    @Option(names = "--mrs-proxy-enabled", paramLabel = "BOOL", arity = "1", description = "MRSProxyEnabled.")
    Boolean mrsProxyEnabled;

    @Override
    public Integer call() {
        if (externalUrl == null && mrsProxyEnabled == null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "Nothing to change: give --external-url or --mrs-proxy-enabled");
        }
        String url = "$null".equalsIgnoreCase(String.valueOf(externalUrl)) ? "" : externalUrl;
        return show(admin().setWebServicesVirtualDirectory(server, url, mrsProxyEnabled));
    }
}
