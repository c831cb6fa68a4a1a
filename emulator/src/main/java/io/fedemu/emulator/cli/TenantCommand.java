package io.fedemu.emulator.cli;

import io.fedemu.emulator.scenario.Scenario;
import io.fedemu.emulator.scenario.ScenarioException;
import io.fedemu.emulator.scenario.TenantDefinitions;
import io.fedemu.tenant.Tenant;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs one organization of a scenario alone, for a multi-process demo or to test an EWS client against it. */
@Command(name = "tenant", mixinStandardHelpOptions = true,
        description = "Runs one Exchange organization of a scenario on loopback HTTPS until Ctrl-C or SIGTERM.",
        footer = {"", "Example:", "  fedemu gateway --state-dir /tmp/fedemu --port 9440 &",
                "  fedemu tenant contoso-onprem --state-dir /tmp/fedemu --gateway https://localhost:9440 &",
                "  fedemu tenant contoso-cloud --state-dir /tmp/fedemu --gateway https://localhost:9440",
                "  (then point an EWS client at https://localhost:9441/EWS/Exchange.asmx as alice@contoso.com)"})
final class TenantCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The organization's name in the scenario.")
    String name;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    StateDirectoryOption state;

    @Option(names = "--port-base", paramLabel = "N", defaultValue = "9440",
            description = "Port plan shared with the other processes of the scenario: the gateway on N, the "
                    + "organizations on N+1, N+2, ... in scenario order (default: ${DEFAULT-VALUE}).")
    int portBase;

    @Option(names = "--port", paramLabel = "N",
            description = "Port to listen on, on 127.0.0.1 (default: this organization's port in the plan).")
    Integer port;

    @Option(names = "--gateway", paramLabel = "URL",
            description = "Federate with the gateway at URL (e.g. https://localhost:9440, as fedemu gateway "
                    + "--port 9440 serves it); without it the organization answers only its own mailboxes.")
    java.net.URI gateway;

    @Option(names = "--http", description = "Serve plain HTTP instead of HTTPS.")
    boolean http;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Scenario loaded = scenario.load();
        var organization = loaded.organization(name).orElseThrow(() -> new ScenarioException(loaded.source(), 0,
                "organizations", "no organization named '" + name + "'; this scenario has "
                        + loaded.organizations().stream().map(o -> o.name()).toList()));
        var ports = io.fedemu.emulator.topology.Topology.ports(loaded, portBase);
        int own = port != null ? port : ports.get(organization.name().toLowerCase(java.util.Locale.ROOT));
        String scheme = http ? "http" : "https";
        Tenant.Options options = Tenant.Options.in(state.path()).port(own).linkTargets(
                io.fedemu.emulator.topology.Topology.linkTargets(gateway != null ? gateway
                        : java.net.URI.create(scheme + "://localhost:" + portBase), ports, scheme));
        if (gateway != null) {
            options = options.gateway(gateway);
        }
        Tenant tenant = Tenant.start(TenantDefinitions.from(loaded, organization,
                written -> io.fedemu.emulator.topology.Topology.resolve(written, ports, scheme)),
                http ? options.plainHttp() : options);
        try {
            tenant.faults().apply(io.fedemu.emulator.scenario.ScenarioFaults.organization(organization));
        } catch (RuntimeException e) {
            tenant.close();
            throw e;
        }
        PrintWriter out = spec.commandLine().getOut();
        Table endpoints = new Table("Endpoint", "URL");
        endpoints.row("EWS", tenant.ewsUrl().toString());
        endpoints.row("Trust bundle", state.path().resolve("certs/ca.pem").toString());
        endpoints.print(out);
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
}
