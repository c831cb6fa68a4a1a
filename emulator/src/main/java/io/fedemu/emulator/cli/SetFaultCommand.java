package io.fedemu.emulator.cli;

import io.fedemu.protocol.faults.GatewayFaults;
import io.fedemu.protocol.faults.LinkFault;
import io.fedemu.protocol.faults.TenantFaults;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Breaks a role or one of its links on purpose. Only the options given change; the role's other faults
 * stay as they are (the command reads them first, then writes the whole set back).
 */
@Command(
        name = "set-fault",
        mixinStandardHelpOptions = true,
        description = "Breaks a role (gateway or an organization) or one of an organization's outbound links.",
        footer = {
            "",
            "Examples:",
            "  fedemu set-fault --role gateway --down true",
            "  fedemu set-fault --role gateway --sign-with-unpublished-key true",
            "  fedemu set-fault --role gateway --token-audience urn:someone-else",
            "  fedemu set-fault --role contoso-cloud --clock-offset-seconds 1200",
            "  fedemu set-fault --role contoso-onprem --server EX2013-01 --down true",
            "  fedemu set-fault --role contoso-cloud --link contoso-onprem --fault connection-reset",
            "  fedemu set-fault --role contoso-onprem --link gateway --fault delay --link-delay-ms 15000",
            "  fedemu set-fault --role contoso-onprem --link contoso-cloud --fault none",
            "  fedemu set-fault --role contoso-onprem --link contoso-cloud --fault strip-starttls",
            "  fedemu set-fault --role contoso-cloud --expired-smtp-certificate true"
        })
final class SetFaultCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--role", required = true, paramLabel = "NAME", description = "gateway or an organization.")
    String role;

    @Option(
            names = "--down",
            paramLabel = "BOOL",
            arity = "1",
            description = "Drop every connection outside /admin (true) or serve again (false).")
    Boolean down;

    @Option(
            names = "--server",
            paramLabel = "NAME",
            description = "A server of the organization: --down stops (true) or starts (false) that server alone.")
    String server;

    @Option(names = "--delay-ms", paramLabel = "N", description = "Hold every answer outside /admin back N ms.")
    Long delayMillis;

    @Option(
            names = "--clock-offset-seconds",
            paramLabel = "N",
            description = "Run the role's clock N seconds ahead (negative: behind).")
    Long clockOffsetSeconds;

    @Option(
            names = "--sign-with-unpublished-key",
            paramLabel = "BOOL",
            arity = "1",
            description = "Gateway only: sign tokens with a key the metadata and JWKS do not publish.")
    Boolean signWithUnpublishedKey;

    @Option(
            names = "--token-audience",
            paramLabel = "URI",
            description = "Gateway only: name URI as every token's audience ('none' for the right one again).")
    String tokenAudience;

    @Option(
            names = "--link",
            paramLabel = "TARGET",
            description = "Organization only: the link to gateway or to an organization, with --fault.")
    String link;

    @Option(
            names = "--fault",
            paramLabel = "KIND",
            description = "The link's fault: unreachable, connection-reset, delay (with --link-delay-ms), "
                    + "strip-starttls (the SMTP path to that organization) or none.")
    String fault;

    @Option(names = "--link-delay-ms", paramLabel = "N", description = "For --fault delay: answers arrive N ms late.")
    Long linkDelayMillis;

    @Option(
            names = "--expired-smtp-certificate",
            paramLabel = "BOOL",
            arity = "1",
            description = "Organization only: swap its SMTP certificate for an expired one (true) or back (false).")
    Boolean expiredSmtpCertificate;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RunningEmulator emulator = RunningEmulator.in(state.path());
        if ((link == null) != (fault == null)) {
            throw new ParameterException(spec.commandLine(), "--link and --fault go together");
        }
        RoleFaults result;
        if (FaultTargets.GATEWAY.equalsIgnoreCase(role)) {
            if (link != null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "the gateway has no outbound links; set --link on "
                                + "the organization that calls it, e.g. --role contoso-onprem --link gateway");
            }
            if (expiredSmtpCertificate != null) {
                throw new ParameterException(
                        spec.commandLine(), "--expired-smtp-certificate is a fault of an organization");
            }
            requireSomething(down, delayMillis, clockOffsetSeconds, signWithUnpublishedKey, tokenAudience);
            var client = FaultTargets.gateway(emulator);
            GatewayFaults now = client.faults();
            String audience = tokenAudience == null
                    ? now.tokenAudience()
                    : "none".equalsIgnoreCase(tokenAudience) ? null : tokenAudience;
            result = RoleFaults.of(client.setFaults(new GatewayFaults(
                    pick(down, now.down()),
                    pick(delayMillis, now.delayMillis()),
                    pick(clockOffsetSeconds, now.clockOffsetSeconds()),
                    pick(signWithUnpublishedKey, now.signWithUnpublishedKey()),
                    audience)));
        } else {
            if (signWithUnpublishedKey != null || tokenAudience != null) {
                throw new ParameterException(
                        spec.commandLine(),
                        "--sign-with-unpublished-key and --token-audience "
                                + "are faults of the gateway: use --role gateway");
            }
            requireSomething(down, delayMillis, clockOffsetSeconds, link, expiredSmtpCertificate);
            var client = emulator.admin(role);
            TenantFaults now = client.faults();
            List<LinkFault> links = new ArrayList<>();
            now.links().stream()
                    .filter(existing -> link == null || !existing.to().equalsIgnoreCase(link))
                    .map(existing -> new LinkFault(existing.to(), existing.fault(), existing.delayMillis(), null))
                    .forEach(links::add);
            if (link != null && !"none".equalsIgnoreCase(fault)) {
                links.add(new LinkFault(link, fault, linkDelayMillis, null));
            }
            List<String> downServers = new ArrayList<>(now.downServers());
            Boolean organizationDown = down;
            if (server != null) {
                if (down == null) {
                    throw new ParameterException(spec.commandLine(), "--server goes with --down true or --down false");
                }
                downServers.removeIf(name -> name.equalsIgnoreCase(server));
                if (down) {
                    downServers.add(server);
                }
                organizationDown = null;
            }
            result = RoleFaults.of(
                    emulator.tenant(role).name(),
                    client.setFaults(new TenantFaults(
                            pick(organizationDown, now.down()),
                            pick(delayMillis, now.delayMillis()),
                            pick(clockOffsetSeconds, now.clockOffsetSeconds()),
                            links,
                            downServers,
                            pick(expiredSmtpCertificate, now.expiredSmtpCertificate()))));
        }
        output.print(spec.commandLine().getOut(), result);
        return ExitStatus.SUCCESS.code();
    }

    private void requireSomething(Object... options) {
        for (Object option : options) {
            if (option != null) {
                return;
            }
        }
        throw new ParameterException(spec.commandLine(), "Nothing to change: name at least one fault");
    }

    private static <T> T pick(T given, T current) {
        return given != null ? given : current;
    }
}
