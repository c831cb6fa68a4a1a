package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.protocol.tenant.ExchangeServerInfo;
import java.util.Optional;

/**
 * Stage 7: Exchange 2007 cannot federate, so a coexisting 2007 server reaches the cloud's free/busy through an
 * availability address space for the coexistence domain, proxying to an Exchange 2013 Client Access server as its
 * service account (Add-AvailabilityAddressSpace -AccessMethod InternalProxy -UseServiceAccount $true). Exchange has no
 * Set- for it: a different one is removed and added again.
 */
final class ConfigureFreeBusyStage implements HybridStage {
    @Override
    public int number() {
        return 7;
    }

    @Override
    public String name() {
        return "Configure Legacy Exchange Support";
    }

    @Override
    public String subtask() {
        return CONFIGURE;
    }

    @Override
    public String why() {
        return "An Exchange 2007 server cannot ask the federation gateway for a token; the availability address space "
                + "sends its users' requests for cloud mailboxes to a 2013 server, which asks for them.";
    }

    @Override
    public StagePlan plan(WizardRun run) {
        StagePlan plan = new StagePlan();
        HybridOrganization onPremises = run.onPremises();
        boolean legacy = onPremises.exchangeServers().stream()
                .map(ExchangeServerInfo::product)
                .anyMatch("Exchange Server 2007"::equals);
        if (!legacy || !run.configuration().has(HybridFeature.FREE_BUSY)) {
            return plan.checked("Get-ExchangeServer: " + (legacy ? "FreeBusy is off" : "no Exchange 2007 server"))
                    .skipped("no Exchange 2007 server needs an availability address space");
        }
        String forest = run.coexistenceDomain();
        String proxy = run.configuration().receivingTransportServers().isEmpty()
                ? null
                : "server:" + run.configuration().receivingTransportServers().get(0) + "/ews";
        AvailabilityAddressSpace desired =
                new AvailabilityAddressSpace(forest, AvailabilityAddressSpace.INTERNAL_PROXY, true, proxy);
        Optional<AvailabilityAddressSpace> current = onPremises.availabilityAddressSpaces().stream()
                .filter(s -> s.covers(forest))
                .findFirst();
        String add = "Add-AvailabilityAddressSpace -ForestName " + forest
                + " -AccessMethod InternalProxy -UseServiceAccount $true -ProxyUrl " + proxy;
        if (current.isEmpty()) {
            plan.create(
                    add, "availability address space " + forest, () -> onPremises.addAvailabilityAddressSpace(desired));
        } else if (!current.get().equals(desired)) {
            plan.change("Remove-AvailabilityAddressSpace -Identity " + forest + "; " + add, () -> {
                onPremises.removeAvailabilityAddressSpace(forest);
                onPremises.addAvailabilityAddressSpace(desired);
            });
        } else {
            plan.checked("Get-AvailabilityAddressSpace " + forest + ": as desired");
        }
        return plan;
    }
}
