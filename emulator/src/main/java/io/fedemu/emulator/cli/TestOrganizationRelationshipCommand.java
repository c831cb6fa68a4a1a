package io.fedemu.emulator.cli;

import io.fedemu.client.diagnostics.TestOrganizationRelationship;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.net.URI;
import java.util.concurrent.Callable;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Test-OrganizationRelationship: this side's relationship against the partner's configuration. */
@Command(
        name = "test-organization-relationship",
        mixinStandardHelpOptions = true,
        description = {
            "Compares an organization relationship with the partner tenant's federation information and "
                    + "relationship, and prints Exchange's {Id, Type, Message} list.",
            "Exit 3 when a result is an Error."
        },
        footer = {
            "",
            "Example:",
            "  fedemu test-organization-relationship --tenant contoso-onprem --identity \"To contoso cloud\" "
                    + "--user alice@contoso.com"
        })
final class TestOrganizationRelationshipCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The tenant holding it.")
    String tenant;

    @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The relationship's name.")
    String identity;

    @Option(names = "--user", paramLabel = "ADDRESS", description = "A user of the tenant to request a token for.")
    String user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        Endpoints.Tenant local = emulator.tenant(tenant);
        // The partner is whoever holds the relationship's domains; the diagnostic asks it the way Exchange does.
        OrganizationRelationship relationship = emulator.admin(local).organizationRelationship(identity);
        Endpoints.Tenant partner = relationship.domainNames().stream()
                .map(emulator::tenantOfDomain)
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tenant of this emulator holds a domain of '"
                        + identity + "': " + relationship.domainNames()));
        Bus bus = BusFactory.newInstance().createBus();
        try {
            var results = new TestOrganizationRelationship(
                            URI.create(local.admin()),
                            URI.create(partner.autodiscover()),
                            URI.create(partner.admin()),
                            emulator.admin(),
                            emulator.tls(),
                            bus)
                    .run(identity, user);
            return TestResults.print(spec.commandLine().getOut(), output, results);
        } finally {
            bus.shutdown(true);
        }
    }
}
