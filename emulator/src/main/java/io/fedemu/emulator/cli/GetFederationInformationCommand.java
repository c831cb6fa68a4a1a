package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.topology.relationship.FederationInformationPipeline;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Get-FederationInformation: what a partner's Autodiscover publishes for one of its domains. */
@Command(
        name = "get-federation-information",
        mixinStandardHelpOptions = true,
        description = "Asks the tenant that holds a domain, over SOAP Autodiscover, for its federation information.",
        footer = {"", "Example:", "  fedemu get-federation-information --domain-name contoso.com"})
final class GetFederationInformationCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--domain-name", required = true, paramLabel = "DOMAIN", description = "The partner's domain.")
    String domain;

    @Spec
    CommandSpec spec;

    /** Exchange's property names; TargetAutodiscoverEpr is where the answer came from. */
    record Information(
            String domainName,
            java.util.List<String> domainNames,
            String targetApplicationUri,
            String targetAutodiscoverEpr,
            java.util.List<String> tokenIssuerUris) {}

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        Endpoints.Tenant holder = emulator.tenantHolding(domain);
        FederationInformation answer =
                FederationInformationPipeline.ask(URI.create(holder.autodiscover()), emulator.tls(), domain);
        output.print(
                spec.commandLine().getOut(),
                new Information(
                        domain,
                        answer.domains(),
                        answer.applicationUri(),
                        holder.autodiscover(),
                        answer.tokenIssuers().stream()
                                .map(i -> String.valueOf(i.uri()))
                                .toList()));
        return ExitStatus.SUCCESS.code();
    }
}
