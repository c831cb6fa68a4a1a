package io.fedemu.emulator.cli;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Set-EmailAddressPolicy (issue 17, docs/PROTOCOL.md section 23). */
@Command(
        name = "set-email-address-policy",
        mixinStandardHelpOptions = true,
        description =
                "Sets a policy's templates (Set-EmailAddressPolicy -EnabledEmailAddressTemplates): all of them, one SMTP: primary.",
        footer = {
            "",
            "Example:",
            "  fedemu set-email-address-policy --tenant contoso-onprem --identity \"Default Policy\" --enabled-email-address-templates SMTP:%%m@contoso.com,smtp:%%m@contoso.mail.onmicrosoft.com"
        })
final class SetEmailAddressPolicyCommand extends OrganizationCmdlet {
    @Option(names = "--identity", paramLabel = "NAME", defaultValue = "Default Policy", description = "The policy.")
    String identity;

    @Option(
            names = "--enabled-email-address-templates",
            required = true,
            paramLabel = "TEMPLATE",
            split = ",",
            description = "Every template: SMTP:%%m@domain (primary), smtp:%%m@domain (proxies).")
    List<String> templates;

    @Override
    public Integer call() {
        return show(admin().setEmailAddressPolicy(identity, templates));
    }
}
