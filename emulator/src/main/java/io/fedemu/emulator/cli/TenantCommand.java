package io.fedemu.emulator.cli;

import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.TrustBundles;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.tenant.Tenant;
import io.fedemu.topology.scenario.DerivedRelationships;
import io.fedemu.topology.scenario.RelationshipDerivationException;
import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.ScenarioException;
import io.fedemu.topology.scenario.TenantDefinitions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs one organization of a scenario alone, for a multi-process demo or to test an EWS client against it. */
@Command(
        name = "tenant",
        mixinStandardHelpOptions = true,
        description = "Runs one Exchange organization of a scenario on loopback HTTPS until Ctrl-C or SIGTERM.",
        footer = {
            "",
            "Example:",
            "  fedemu gateway --state-dir /tmp/fedemu --port 9440 &",
            "  fedemu tenant contoso-onprem --state-dir /tmp/fedemu --gateway https://localhost:9440 &",
            "  fedemu tenant contoso-cloud --state-dir /tmp/fedemu --gateway https://localhost:9440",
            "  (then point an EWS client at https://localhost:9441/EWS/Exchange.asmx as alice@contoso.com)"
        })
final class TenantCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The organization's name in the scenario.")
    String name;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    StateDirectoryOption state;

    @Option(
            names = "--port-base",
            paramLabel = "N",
            defaultValue = "9440",
            description = "Port plan shared with the other processes of the scenario: the gateway on N, the "
                    + "organizations on N+1, N+2, ... in scenario order (default: ${DEFAULT-VALUE}).")
    int portBase;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "Port to listen on, on 127.0.0.1 (default: this organization's port in the plan).")
    Integer port;

    @Option(
            names = "--gateway",
            paramLabel = "URL",
            description = "Federate with the gateway at URL (e.g. https://localhost:9440, as fedemu gateway "
                    + "--port 9440 serves it); without it the organization answers only its own mailboxes.")
    java.net.URI gateway;

    @Option(names = "--http", description = "Serve plain HTTP instead of HTTPS.")
    boolean http;

    @Option(
            names = "--partner-wait",
            paramLabel = "SECONDS",
            defaultValue = "20",
            description = "How long to keep asking a partner that does not answer yet, for relationships written "
                    + "with fromFederationInformation; then exit 4 (default: ${DEFAULT-VALUE}).")
    int partnerWaitSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scenario loaded = scenario.load();
        var organization = loaded.organization(name)
                .orElseThrow(() -> new ScenarioException(
                        loaded.source(),
                        0,
                        "organizations",
                        "no organization named '" + name + "'; this scenario has "
                                + loaded.organizations().stream()
                                        .map(o -> o.name())
                                        .toList()));
        // Beside the gateway and the other organizations, never beside 'up' or a second copy of itself.
        try (var lock = state.lockRole(spec, "tenant-" + organization.name().toLowerCase(java.util.Locale.ROOT))) {
            return run(loaded, organization);
        }
    }

    private Integer run(Scenario loaded, Scenario.OrganizationSpec organization) {
        var ports = io.fedemu.topology.Topology.ports(loaded, portBase);
        int own = port != null ? port : ports.get(organization.name().toLowerCase(java.util.Locale.ROOT));
        String scheme = http ? "http" : "https";
        Tenant.Options options = Tenant.Options.in(state.path())
                .port(own)
                .linkTargets(io.fedemu.topology.Topology.linkTargets(
                        gateway != null ? gateway : java.net.URI.create(scheme + "://localhost:" + portBase),
                        ports,
                        scheme));
        if (gateway != null) {
            options = options.gateway(gateway);
        }
        options = options.adminAccess(AdminAccessNotice.resolve(
                state.path(), loaded, spec.commandLine().getErr()));
        TenantDefinitions.Endpoints endpoints = written -> io.fedemu.topology.Topology.resolve(written, ports, scheme);
        Tenant tenant = Tenant.start(
                TenantDefinitions.from(
                        loaded, organization, endpoints, io.fedemu.topology.Topology.importedCalendars(state.path())),
                http ? options.plainHttp() : options);
        PrintWriter out = spec.commandLine().getOut();
        try {
            deriveRelationships(loaded, organization, endpoints, tenant, out);
        } catch (RelationshipDerivationException e) {
            tenant.close();
            if (e.failure() != RelationshipDerivationException.Failure.PARTNER_UNREACHABLE) {
                throw e;
            }
            PrintWriter err = spec.commandLine().getErr();
            err.println("fedemu tenant: " + e.getMessage());
            err.println("fedemu tenant: gave up after " + partnerWaitSeconds + " s. Start the partner first (fedemu "
                    + "tenant NAME with the same --scenario, --state-dir and --port-base), or wait longer with "
                    + "--partner-wait.");
            err.flush();
            return ExitStatus.UNREACHABLE.code();
        } catch (RuntimeException e) {
            tenant.close();
            throw e;
        }
        // Faults last: the scenario's own break must not stop its relationships from being derived.
        try {
            tenant.faults().apply(io.fedemu.topology.scenario.ScenarioFaults.organization(organization));
        } catch (RuntimeException e) {
            tenant.close();
            throw e;
        }
        Table urls = new Table("Endpoint", "URL");
        urls.row("EWS", tenant.ewsUrl().toString());
        urls.row("Admin", tenant.url() + "/admin");
        urls.row(
                "Admin token",
                io.fedemu.runtime.admin.AdminAccess.tokenFile(state.path()).toString());
        urls.row("Trust bundle", state.path().resolve("certs/ca.pem").toString());
        urls.print(out);
        out.println();
        Table users = new Table("Mailbox", "Password", "Kind");
        organization.mailboxes().forEach(m -> users.row(m.address(), m.password(), "mailbox"));
        organization.remoteMailboxes().forEach(r -> users.row(r.address(), "", "remote -> " + r.targetAddress()));
        users.print(out);
        out.println("ready");
        out.flush();
        RunningRole.untilStopped(tenant, "tenant");
        return ExitStatus.SUCCESS.code();
    }

    /**
     * In a multi-process demo the partner is another process that may start after this one, so an unanswered
     * GetFederationInformation is asked again every second for --partner-wait seconds. A refusal is final at once:
     * asking again would get the same answer.
     */
    private void deriveRelationships(
            Scenario loaded,
            Scenario.OrganizationSpec organization,
            TenantDefinitions.Endpoints endpoints,
            Tenant tenant,
            PrintWriter out) {
        var pending = DerivedRelationships.pending(loaded, organization, endpoints, state.path());
        if (pending.isEmpty()) {
            return;
        }
        SSLContext tls =
                TrustBundles.clientContext(CertificateStore.in(state.path()).trustBundle());
        List<OrganizationRelationship> derived = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Math.max(0, partnerWaitSeconds));
        for (DerivedRelationships.Pending relationship : pending) {
            while (true) {
                try {
                    derived.add(relationship.derive(tls));
                    break;
                } catch (RelationshipDerivationException e) {
                    if (e.failure() != RelationshipDerivationException.Failure.PARTNER_UNREACHABLE
                            || System.nanoTime() >= deadline) {
                        throw e;
                    }
                    out.println("Waiting for " + relationship.autodiscover() + " to answer for " + relationship.domain()
                            + " (relationship '" + relationship.spec().name() + "')...");
                    out.flush();
                    sleep();
                }
            }
        }
        for (int i = 0; i < pending.size(); i++) {
            pending.get(i).createOn(tenant.relationships(), derived.get(i));
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a partner", e);
        }
    }
}
