package io.fedemu.emulator.cli;

import io.fedemu.client.diagnostics.TestFederationTrust;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Test-FederationTrust: the tenant's certificates, the gateway's metadata and a token round trip. */
@Command(
        name = "test-federation-trust",
        mixinStandardHelpOptions = true,
        description = {
            "Checks a tenant's federation trust with the gateway and prints Exchange's {Id, Type, Message} " + "list.",
            "Exit 3 when a result is an Error."
        },
        footer = {"", "Example:", "  fedemu test-federation-trust --tenant contoso-onprem"})
final class TestFederationTrustCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The tenant to test.")
    String tenant;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        var results = new TestFederationTrust(
                        URI.create(emulator.tenant(tenant).admin()),
                        emulator.gateway(),
                        emulator.admin(),
                        emulator.tls(),
                        Clock.systemUTC())
                .run();
        return TestResults.print(spec.commandLine().getOut(), output, results);
    }
}
