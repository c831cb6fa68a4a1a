package io.fedemu.emulator.cli;

import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.emulator.Endpoints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What the connector cmdlets share (docs/PROTOCOL.md section 18): the organization (by default the one side of the
 * hybrid pair that has this kind of connector), the connector's identity, and the admin API behind them
 * ({@code /admin/mail}). A Get- prints every connector of the kind, or the one {@code --identity} names; a Set-
 * sends only the parameters given and prints the connector as it is now.
 */
abstract class MailConnectorCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(
            names = "--tenant",
            paramLabel = "NAME",
            description = "The organization (default: the one with this kind of connector).")
    String tenant;

    @Spec
    CommandSpec spec;

    /** The admin API's name of the connector kind ({@code receive-connectors}, ...). */
    abstract String kind();

    /** Whether this kind of connector belongs to Exchange Online (inbound and outbound) rather than on-premises. */
    boolean cloudKind() {
        return kind().startsWith("inbound") || kind().startsWith("outbound");
    }

    TenantAdminClient admin() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        String marker = cloudKind() ? "Exchange Online Protection" : "Default Frontend";
        Endpoints.Tenant organization = emulator.tenantOrOnly(
                tenant,
                kind().replace('-', ' '),
                t -> t.smtp().stream().anyMatch(s -> s.connector().startsWith(marker)));
        return emulator.admin(organization);
    }

    /** Get-*: every connector, or the one named. */
    int get(String identity) {
        List<Map<String, Object>> connectors = admin().mailConnectors(kind());
        if (identity != null) {
            connectors = connectors.stream()
                    .filter(c -> identity.equalsIgnoreCase(String.valueOf(c.get("identity")))
                            || identity.equalsIgnoreCase(String.valueOf(c.get("name"))))
                    .toList();
            if (connectors.isEmpty()) {
                throw new ParameterException(
                        spec.commandLine(),
                        "no " + kind().replace("-connectors", " connector") + " '" + identity + "'");
            }
        }
        output.print(spec.commandLine().getOut(), connectors.size() == 1 ? connectors.get(0) : connectors);
        return ExitStatus.SUCCESS.code();
    }

    /** New-* (issue 17): {@code name} and the parameters given; prints the connector as created. */
    int create(String name, Object... namesAndValues) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("Name", name);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                settings.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        output.print(spec.commandLine().getOut(), admin().newConnector(kind(), settings));
        return ExitStatus.SUCCESS.code();
    }

    /** Remove-* (issue 17), without PowerShell's confirmation prompt: scripts run it. */
    int remove(String identity) {
        admin().removeConnector(kind(), identity);
        spec.commandLine()
                .getOut()
                .println("Removed " + kind().replace("-connectors", " connector") + " '" + identity + "'.");
        spec.commandLine().getOut().flush();
        return ExitStatus.SUCCESS.code();
    }

    /** Set-*: the parameters given (null: not given), nothing else. */
    int set(String identity, Object... namesAndValues) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                changes.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        if (changes.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Nothing to change: name at least one parameter");
        }
        output.print(spec.commandLine().getOut(), admin().setMailConnector(kind(), identity, changes));
        return ExitStatus.SUCCESS.code();
    }
}
