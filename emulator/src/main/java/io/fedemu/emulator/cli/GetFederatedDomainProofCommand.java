package io.fedemu.emulator.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Get-FederatedDomainProof: the TXT record that proves a tenant owns a domain. */
@Command(
        name = "get-federated-domain-proof",
        mixinStandardHelpOptions = true,
        description = "Prints the proof value and the DNS TXT record a tenant publishes for one of its domains.",
        footer = {
            "",
            "Example:",
            "  fedemu get-federated-domain-proof --tenant contoso-onprem --domain-name contoso.com"
        })
final class GetFederatedDomainProofCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The tenant.")
    String tenant;

    @Option(names = "--domain-name", required = true, paramLabel = "DOMAIN", description = "The domain to prove.")
    String domain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        output.print(
                spec.commandLine().getOut(),
                RunningEmulator.in(state.path()).admin(tenant).domainProof(domain));
        return ExitStatus.SUCCESS.code();
    }
}
