package io.fedemu.emulator.cli;

import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Add-AvailabilityAddressSpace, as Exchange 2007 coexistence in a hybrid needs it: {@code -ForestName
 * contoso.mail.onmicrosoft.com -AccessMethod InternalProxy -UseServiceAccount $true -ProxyUrl
 * https://<2013 server>/EWS/Exchange.asmx}.
 */
@Command(
        name = "add-availability-address-space",
        mixinStandardHelpOptions = true,
        description = {
            "Adds an availability address space to a tenant and prints it: its Exchange 2007 servers, which cannot "
                    + "federate, then proxy their users' free/busy requests for the forest's domain to the Exchange "
                    + "2013 Client Access server at the proxy URL, which asks the partner for them.",
            "--proxy-url takes server:NAME/ews (a 2013 Client Access server of the tenant) or its EWS URL."
        },
        footer = {
            "",
            "Example:",
            "  fedemu add-availability-address-space --tenant contoso-onprem --forest-name "
                    + "contoso.mail.onmicrosoft.com --access-method InternalProxy --use-service-account "
                    + "--proxy-url server:EX2013-01/ews"
        })
final class AddAvailabilityAddressSpaceCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The tenant to add it to.")
    String tenant;

    @Option(
            names = "--forest-name",
            required = true,
            paramLabel = "DOMAIN",
            description = "The domain it covers, e.g. contoso.mail.onmicrosoft.com.")
    String forestName;

    @Option(
            names = "--access-method",
            paramLabel = "METHOD",
            defaultValue = AvailabilityAddressSpace.INTERNAL_PROXY,
            description = "InternalProxy (the one fedemu emulates; the default).")
    String accessMethod;

    @Option(
            names = "--use-service-account",
            arity = "0..1",
            paramLabel = "BOOL",
            defaultValue = "true",
            fallbackValue = "true",
            description = "Proxy as the server's service account (true, the default; false is not emulated).")
    boolean useServiceAccount;

    @Option(
            names = "--proxy-url",
            required = true,
            paramLabel = "URL",
            description = "The Exchange 2013 Client Access server's EWS: server:NAME/ews or its URL.")
    String proxyUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AvailabilityAddressSpace added = RunningEmulator.in(state.path())
                .admin(tenant)
                .addAvailabilityAddressSpace(
                        new AvailabilityAddressSpace(forestName, accessMethod, useServiceAccount, proxyUrl));
        output.print(spec.commandLine().getOut(), added);
        return ExitStatus.SUCCESS.code();
    }
}
