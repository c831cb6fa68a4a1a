package io.fedemu.emulator.cli;

import io.fedemu.emulator.scenario.Scenario;
import io.fedemu.emulator.scenario.ScenarioException;
import io.fedemu.emulator.scenario.TenantDefinitions;
import io.fedemu.tenant.Tenant;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs one organization of a scenario alone, for a multi-process demo or to test an EWS client against it. */
@Command(name = "tenant", mixinStandardHelpOptions = true,
        description = "Runs one Exchange organization of a scenario on loopback HTTPS until Ctrl-C or SIGTERM.",
        footer = {"", "Example:", "  fedemu tenant contoso-onprem --state-dir /tmp/fedemu --port 9443",
                "  (then point an EWS client at https://localhost:9443/EWS/Exchange.asmx as alice@contoso.com)"})
final class TenantCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "The organization's name in the scenario.")
    String name;

    @Mixin
    ScenarioOption scenario;

    @Mixin
    StateDirectoryOption state;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Port to listen on, on 127.0.0.1 (default: a free port, printed).")
    int port;

    @Option(names = "--http", description = "Serve plain HTTP instead of HTTPS.")
    boolean http;

    @Spec
    CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() {
        Scenario loaded = scenario.load();
        var organization = loaded.organization(name).orElseThrow(() -> new ScenarioException(loaded.source(), 0,
                "organizations", "no organization named '" + name + "'; this scenario has "
                        + loaded.organizations().stream().map(o -> o.name()).toList()));
        Tenant.Options options = Tenant.Options.in(state.path()).port(port);
        Tenant tenant = Tenant.start(TenantDefinitions.from(loaded, organization), http ? options.plainHttp() : options);
        Thread hook = new Thread(() -> {
            tenant.close();
            stopped.countDown();
        }, "fedemu-tenant-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
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
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            tenant.close();
            Thread.currentThread().interrupt();
        }
        return ExitStatus.SUCCESS.code();
    }
}
