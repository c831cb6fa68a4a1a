package io.fedemu.emulator.cli;

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
        description = "Finds a domain's Autodiscover through the emulated DNS and asks it, over SOAP Autodiscover, for "
                + "the domain's federation information.",
        footer = {"", "Example:", "  fedemu get-federation-information --domain-name contoso.com"})
final class GetFederationInformationCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--domain-name", required = true, paramLabel = "DOMAIN", description = "The partner's domain.")
    String domain;

    @Option(
            names = "--autodiscover-url",
            paramLabel = "URL",
            description = "Ask this SOAP Autodiscover endpoint; without it, the domain's Autodiscover is found through "
                    + "DNS (SRV _autodiscover._tcp.<domain>, then A autodiscover.<domain>).")
    String url;

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
        URI autodiscover;
        FederationInformation answer;
        if (url != null) {
            autodiscover = URI.create(url);
            answer = FederationInformationPipeline.ask(autodiscover, emulator.tls(), domain);
        } else if (emulator.endpoints().dns() != null) {
            // As Exchange does: the partner's Autodiscover is found through DNS (docs/PROTOCOL.md section 22).
            FederationInformationPipeline.Discovered found =
                    FederationInformationPipeline.discover(domain, emulator.dnsLookup(), emulator.tls());
            autodiscover = found.autodiscover();
            answer = found.information();
        } else {
            // An emulator started before issue 17: its endpoints.json names who holds the domain.
            autodiscover = URI.create(emulator.tenantHolding(domain).autodiscover());
            answer = FederationInformationPipeline.ask(autodiscover, emulator.tls(), domain);
        }
        output.print(
                spec.commandLine().getOut(),
                new Information(
                        domain,
                        answer.domains(),
                        answer.applicationUri(),
                        autodiscover.toString(),
                        answer.tokenIssuers().stream()
                                .map(i -> String.valueOf(i.uri()))
                                .toList()));
        return ExitStatus.SUCCESS.code();
    }
}
