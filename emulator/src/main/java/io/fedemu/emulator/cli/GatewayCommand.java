package io.fedemu.emulator.cli;

import io.fedemu.gateway.Gateway;
import io.fedemu.protocol.gateway.GatewayPaths;
import java.io.PrintWriter;
import java.net.URI;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Runs the federation gateway alone, for a multi-process demo or to test a token validator against it. */
@Command(
        name = "gateway",
        mixinStandardHelpOptions = true,
        description = "Runs the emulated federation gateway on loopback HTTPS until Ctrl-C or SIGTERM.",
        footer = {
            "",
            "Example:",
            "  fedemu gateway --state-dir /tmp/fedemu --port 8443",
            "  curl --cacert /tmp/fedemu/certs/ca.pem https://localhost:8443/.well-known/openid-configuration"
        })
final class GatewayCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Option(
            names = "--port",
            paramLabel = "N",
            defaultValue = "0",
            description = "Port to listen on, on 127.0.0.1 (default: a free port, printed).")
    int port;

    @Option(
            names = "--external-url",
            paramLabel = "URL",
            description = "Where clients reach the gateway; the issuer and every published URL use it "
                    + "(default: https://localhost:PORT).")
    URI externalUrl;

    @Option(
            names = "--scenario",
            paramLabel = "FILE",
            description = "Start with this scenario's gateway faults and clock offset (the same file the tenants "
                    + "of a multi-process demo read); without it the gateway starts without faults.")
    java.nio.file.Path scenario;

    @Option(names = "--http", description = "Serve plain HTTP instead of HTTPS (for tools that cannot trust a bundle).")
    boolean http;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (var lock = state.lockRole(spec, "gateway")) {
            return run();
        }
    }

    private Integer run() throws Exception {
        Gateway.Options options = Gateway.Options.in(state.path()).port(port).externalUrl(externalUrl);
        // Read first: a broken scenario must stop the gateway before it listens.
        var loaded = scenario == null ? null : new io.fedemu.topology.scenario.ScenarioLoader().load(scenario);
        var faults = loaded == null ? null : io.fedemu.topology.scenario.ScenarioFaults.gateway(loaded);
        options = options.adminAccess(AdminAccessNotice.resolve(
                state.path(), loaded, spec.commandLine().getErr()));
        Gateway gateway = Gateway.start(http ? options.plainHttp() : options);
        if (faults != null) {
            gateway.faults().apply(faults);
        }
        PrintWriter out = spec.commandLine().getOut();
        String url = gateway.url().toString();
        Table table = new Table("Endpoint", "URL");
        table.row("Issuer", url);
        table.row("Discovery", url + GatewayPaths.DISCOVERY);
        table.row("Metadata", url + GatewayPaths.METADATA);
        table.row("JWKS", url + GatewayPaths.JWKS);
        table.row("Token", url + GatewayPaths.TOKEN);
        table.row("Admin", url + GatewayPaths.ADMIN);
        table.row(
                "Admin token",
                io.fedemu.runtime.admin.AdminAccess.tokenFile(state.path()).toString());
        table.row("Trust bundle", gateway.trustBundle().toString());
        table.print(out);
        out.println("ready");
        out.flush();
        RunningRole.untilStopped(gateway, "gateway");
        return ExitStatus.SUCCESS.code();
    }
}
