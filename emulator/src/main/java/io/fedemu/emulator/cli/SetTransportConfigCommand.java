package io.fedemu.emulator.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Set-TransportConfig: the Domain Security lists. A message is marked Domain Secured only when the sender's
 * TLSSendDomainSecureList and the receiver's TLSReceiveDomainSecureList both name the domains (section 18).
 */
@Command(
        name = "set-transport-config",
        mixinStandardHelpOptions = true,
        description = "Sets an organization's TLSSendDomainSecureList or TLSReceiveDomainSecureList (no wildcards).",
        footer = {
            "",
            "Examples:",
            "  fedemu set-transport-config --tenant contoso-onprem --tls-receive-domain-secure-list mail.protection.outlook.com",
            "  fedemu set-transport-config --tenant contoso-cloud --tls-send-domain-secure-list contoso.com"
        })
final class SetTransportConfigCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The organization.")
    String tenant;

    @Option(
            names = "--tls-send-domain-secure-list",
            paramLabel = "DOMAIN",
            split = ",",
            description = "Domains mail goes to with Domain Security ($null: none).")
    List<String> send;

    @Option(
            names = "--tls-receive-domain-secure-list",
            paramLabel = "DOMAIN",
            split = ",",
            description = "Domains mail comes from with Domain Security ($null: none).")
    List<String> receive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Map<String, Object> changes = new LinkedHashMap<>();
        if (send != null) {
            changes.put("TLSSendDomainSecureList", cleared(send));
        }
        if (receive != null) {
            changes.put("TLSReceiveDomainSecureList", cleared(receive));
        }
        if (changes.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Nothing to change: name at least one list");
        }
        output.print(
                spec.commandLine().getOut(),
                RunningEmulator.in(state.path()).admin(tenant).setTransportConfig(changes));
        return ExitStatus.SUCCESS.code();
    }

    private static List<String> cleared(List<String> domains) {
        return domains.size() == 1 && domains.get(0).equalsIgnoreCase("$null") ? List.of() : domains;
    }
}
