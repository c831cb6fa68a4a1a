package io.fedemu.emulator.cli;

import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.topology.relationship.FederationInformationPipeline;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * New-OrganizationRelationship, including the usual pipeline
 * {@code Get-FederationInformation -DomainName D | New-OrganizationRelationship -Name N}.
 */
@Command(
        name = "new-organization-relationship",
        mixinStandardHelpOptions = true,
        description = {
            "Creates an organization relationship on a tenant and prints it.",
            "--from-federation-information DOMAIN fills DomainNames, TargetApplicationUri and "
                    + "TargetAutodiscoverEpr from the partner's GetFederationInformation answer; explicit "
                    + "options still win."
        },
        footer = {
            "",
            "Example:",
            "  fedemu new-organization-relationship --tenant fabrikam --name \"To contoso\" "
                    + "--from-federation-information contoso.com --free-busy-access-enabled "
                    + "--free-busy-access-level AvailabilityOnly",
            "  fedemu new-organization-relationship --tenant fabrikam --name \"To contoso\" "
                    + "--domain-names contoso.com --target-application-uri FYDIBOHF25SPDLT.contoso.com"
        })
final class NewOrganizationRelationshipCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The tenant to create it on.")
    String tenant;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The relationship's name.")
    String name;

    @Option(
            names = "--from-federation-information",
            paramLabel = "DOMAIN",
            description = "Ask the tenant holding DOMAIN for its federation information (Autodiscover) and use it.")
    String fromFederationInformation;

    @Mixin
    RelationshipParameters parameters;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        RelationshipChanges.Builder changes = parameters.changes().name(name);
        OrganizationRelationship base = OrganizationRelationship.named(name);
        if (fromFederationInformation != null) {
            base = fromPartner(emulator, fromFederationInformation).applyTo(base);
        } else if (parameters.domainNames == null) {
            throw new ParameterException(
                    spec.commandLine(), "Missing option: --domain-names or --from-federation-information is required");
        }
        OrganizationRelationship created = emulator.admin(tenant)
                .createOrganizationRelationship(changes.build().applyTo(base));
        output.print(spec.commandLine().getOut(), created);
        return ExitStatus.SUCCESS.code();
    }

    /** What Get-FederationInformation gives New-OrganizationRelationship through the pipeline. */
    private static RelationshipChanges fromPartner(RunningEmulator emulator, String domain) {
        if (emulator.endpoints().dns() != null) {
            // As Exchange's pipeline does: the partner's Autodiscover is found through DNS (PROTOCOL.md section 22).
            FederationInformationPipeline.Discovered found =
                    FederationInformationPipeline.discover(domain, emulator.dnsLookup(), emulator.tls());
            return FederationInformationPipeline.changes(found.information(), domain, found.autodiscover());
        }
        Endpoints.Tenant partner = emulator.tenantHolding(domain);
        URI autodiscover = URI.create(partner.autodiscover());
        return FederationInformationPipeline.changes(
                FederationInformationPipeline.ask(autodiscover, emulator.tls(), domain), domain, autodiscover);
    }
}
