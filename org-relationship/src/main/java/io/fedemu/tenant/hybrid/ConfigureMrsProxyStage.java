package io.fedemu.tenant.hybrid;

import java.util.Optional;

/**
 * Stage 9: MRSProxyEnabled on the EWS virtual directory of each hybrid Client Access server, so Exchange Online's
 * Mailbox Replication Service can move mailboxes across; an unset ExternalUrl is set to the organization's namespace.
 */
final class ConfigureMrsProxyStage implements HybridStage {
    private final String ewsExternalUrl;

    /** @param ewsExternalUrl the namespace's EWS URL, for a virtual directory without an ExternalUrl */
    ConfigureMrsProxyStage(String ewsExternalUrl) {
        this.ewsExternalUrl = ewsExternalUrl;
    }

    @Override
    public int number() {
        return 9;
    }

    @Override
    public String name() {
        return "Configure MRS Proxy";
    }

    @Override
    public String subtask() {
        return CONFIGURE;
    }

    @Override
    public String why() {
        return "Mailbox moves to and from Exchange Online go through the Mailbox Replication Service proxy on the "
                + "on-premises EWS endpoint, which is off by default; partners reach EWS by its ExternalUrl.";
    }

    @Override
    public StagePlan plan(WizardRun run) {
        StagePlan plan = new StagePlan();
        HybridOrganization onPremises = run.onPremises();
        for (String server : run.configuration().receivingTransportServers()) {
            Optional<HybridOrganization.EwsVirtualDirectory> directory = onPremises.webServicesVirtualDirectory(server);
            if (directory.isEmpty()) {
                plan.checked("Get-WebServicesVirtualDirectory -Server " + server + ": none");
                continue;
            }
            String external = directory.get().externalUrl() == null
                    ? ewsExternalUrl
                    : directory.get().externalUrl();
            if (directory.get().mrsProxyEnabled() && directory.get().externalUrl() != null) {
                plan.checked("Get-WebServicesVirtualDirectory -Server " + server + ": MRSProxyEnabled $true");
                continue;
            }
            plan.change(
                    "Set-WebServicesVirtualDirectory -Identity \"" + server + "\\EWS (Default Web Site)\""
                            + (directory.get().externalUrl() == null ? " -ExternalUrl " + external : "")
                            + " -MRSProxyEnabled $true",
                    () -> onPremises.setWebServicesVirtualDirectory(server, external, true));
        }
        return plan;
    }
}
