package io.fedemu.emulator.cli;

import io.fedemu.client.verify.ChainEndpoints;
import io.fedemu.client.verify.TrustChainReport;
import io.fedemu.client.verify.TrustChainVerifier;
import io.fedemu.protocol.emulator.Endpoints;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The trust-chain verifier: every link from a user's tenant to the partner's answer, ✓ or ✗ with a remedy. */
@Command(
        name = "test-trust-chain",
        mixinStandardHelpOptions = true,
        description = {
            "Walks the trust chain for one free/busy request, link by link, and prints each link ✓ or ✗ "
                    + "with the remedy of the first broken one.",
            "Exit 3 when a link is broken."
        },
        footer = {
            "",
            "Example:",
            "  fedemu test-trust-chain --tenant contoso-onprem --as alice@contoso.com --for bob@contoso.com"
        })
final class TestTrustChainCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", required = true, paramLabel = "NAME", description = "The requesting user's tenant.")
    String tenant;

    @Option(names = "--as", required = true, paramLabel = "ADDRESS", description = "The requesting user.")
    String user;

    @Option(names = "--password", paramLabel = "P", description = "The user's password (default: endpoints.json's).")
    String password;

    @Option(names = "--for", required = true, paramLabel = "ADDRESS", description = "The partner's mailbox.")
    String target;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        Endpoints.Tenant requester = emulator.tenant(tenant);
        Endpoints.Tenant partner = partnerOf(emulator, requester);
        String secret = password != null
                ? password
                : emulator.password(requester, user)
                        .orElseThrow(() -> new picocli.CommandLine.ParameterException(
                                spec.commandLine(), "no password for " + user + " in endpoints.json: give --password"));
        ChainEndpoints endpoints = new ChainEndpoints(
                emulator.gateway(),
                URI.create(requester.ews()),
                URI.create(requester.autodiscover()),
                URI.create(requester.admin()),
                URI.create(partner.autodiscover()),
                URI.create(partner.admin()),
                emulator.admin());
        Bus bus = BusFactory.newInstance().createBus();
        try {
            TrustChainReport report = new TrustChainVerifier(endpoints, emulator.tls(), bus, Clock.systemUTC())
                    .verify(user, secret, target);
            if (output.json()) {
                OutputOptions.printJson(spec.commandLine().getOut(), report);
            } else {
                spec.commandLine().getOut().println(report.format());
                spec.commandLine().getOut().flush();
            }
            return report.ok() ? ExitStatus.SUCCESS.code() : ExitStatus.TRUST_FAILURE.code();
        } finally {
            bus.shutdown(true);
        }
    }

    /** Where the target's mailbox lives: its own tenant, or the one a remote mailbox of the requester points to. */
    private Endpoints.Tenant partnerOf(RunningEmulator emulator, Endpoints.Tenant requester) {
        String address = requester.mailboxes().stream()
                .filter(m ->
                        Endpoints.Mailbox.REMOTE.equals(m.kind()) && m.address().equalsIgnoreCase(target))
                .map(Endpoints.Mailbox::targetAddress)
                .findFirst()
                .orElse(target);
        return emulator.homeOf(address)
                .or(() -> emulator.tenantOfDomain(address.substring(address.indexOf('@') + 1)))
                .orElseThrow(() -> new IllegalArgumentException("no tenant of this emulator holds " + target));
    }
}
