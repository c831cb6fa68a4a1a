package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;

/** The root {@code fedemu} command; every capability is a subcommand of it. */
@Command(name = "fedemu", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Emulates Exchange cross-organization free/busy federation: a federation gateway, "
                + "tenant organizations and the client that checks the trust chain between them.",
        subcommands = {UpCommand.class, GatewayCommand.class, TenantCommand.class, CertsCommand.class},
        footer = {"", "Examples:", "  fedemu up --state-dir /tmp/fedemu",
                "  fedemu certs init --state-dir /tmp/fedemu", "  fedemu certs show --state-dir /tmp/fedemu", "  fedemu gateway --state-dir /tmp/fedemu --port 8443"})
public final class FedemuCommand {
}
