package io.fedemu.emulator.cli;

import io.fedemu.protocol.hybrid.HybridConfigurationInfo;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Set-HybridConfiguration (New- when there is none): only the parameters given change (issue 17). */
@Command(
        name = "set-hybrid-configuration",
        mixinStandardHelpOptions = true,
        description = {
            "Changes an on-premises organization's HybridConfiguration object (creating it when there is none); only "
                    + "the parameters given change. The next update-hybrid-configuration applies it.",
            "A refused parameter (an unknown feature, a domain that is not accepted, a server without the role, a "
                    + "malformed certificate name) is named and nothing changes."
        },
        footer = {
            "",
            "Examples:",
            "  fedemu set-hybrid-configuration --tenant contoso-onprem --features FreeBusy,MailTips,SecureMail",
            "  fedemu set-hybrid-configuration --tenant contoso-onprem \\",
            "      --tls-certificate-name '<I>CN=fedemu Emulator Issuing CA,O=fedemu<S>CN=mail.contoso.com,O=fedemu'"
        })
final class SetHybridConfigurationCommand implements Callable<Integer> {
    @Mixin
    StateDirectoryOption state;

    @Mixin
    OutputOptions output;

    @Option(names = "--tenant", required = true, paramLabel = "ORG", description = "The on-premises organization.")
    String tenant;

    @Option(
            names = "--features",
            split = ",",
            paramLabel = "FEATURE",
            description =
                    "FreeBusy, MailTips, MessageTracking, OWARedirection, SecureMail, Centralized, OnlineArchive, "
                            + "Photos: the features to keep on (the others are turned off).")
    List<String> features;

    @Option(names = "--domains", split = ",", paramLabel = "DOMAIN", description = "The hybrid domains.")
    List<String> domains;

    @Option(
            names = "--receiving-transport-servers",
            split = ",",
            paramLabel = "SERVER",
            description = "Exchange 2013 Client Access servers that receive Exchange Online's mail.")
    List<String> receiving;

    @Option(
            names = "--sending-transport-servers",
            split = ",",
            paramLabel = "SERVER",
            description = "Exchange 2013 Mailbox servers that send to Exchange Online.")
    List<String> sending;

    @Option(
            names = "--tls-certificate-name",
            paramLabel = "<I>ISSUER<S>SUBJECT",
            description = "The hybrid certificate the connectors present.")
    String tlsCertificateName;

    @Option(
            names = "--on-premises-smart-host",
            paramLabel = "HOST",
            description = "The on-premises mail host Exchange Online sends to.")
    String smartHost;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        HybridConfigurationInfo changed = RunningEmulator.in(state.path())
                .admin(tenant)
                .setHybridConfiguration(new HybridConfigurationInfo(
                        features, domains, receiving, sending, tlsCertificateName, smartHost));
        output.print(spec.commandLine().getOut(), changed);
        return ExitStatus.SUCCESS.code();
    }
}
