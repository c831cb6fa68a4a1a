package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.ExchangeServerInfo;

/**
 * Stage 4: the on-premises servers. Every server of a hybrid must pass the version gates (Exchange 2013 CU1 for the
 * hybrid servers, 2007 SP3 RU10 for a coexisting 2007 server), and the transport servers the object names must exist.
 */
final class CheckPrerequisitesStage implements HybridStage {
    @Override
    public int number() {
        return 4;
    }

    @Override
    public String name() {
        return "Check Prerequisites";
    }

    @Override
    public String subtask() {
        return CHECK_PREREQS;
    }

    @Override
    public String why() {
        return "The hybrid features need Exchange 2013 CU1 on the servers that federate and route mail, and Exchange "
                + "2007 SP3 RU10 on a coexisting 2007 server; the wizard refuses before it changes anything.";
    }

    @Override
    public StagePlan plan(WizardRun run) {
        StagePlan plan = new StagePlan();
        for (ExchangeServerInfo server : run.onPremises().exchangeServers()) {
            if (server.versionGate() != null) {
                throw new HybridStageFailure(
                        Reason.HYBRID_SERVER_VERSION_GATE,
                        "The Hybrid Configuration Wizard requires Exchange Server 2013 CU1 or later on its servers and "
                                + "Exchange 2007 SP3 Update Rollup 10 on coexisting 2007 servers: "
                                + server.versionGateRemedy(),
                        "upgrade " + server.name() + " (" + server.versionGate() + "), then run the wizard again");
            }
            plan.checked("Get-ExchangeServer " + server.name() + ": " + server.product() + " " + server.build()
                    + " passes the version gates");
        }
        HybridConfiguration configuration = run.configuration();
        plan.checked("ReceivingTransportServers " + configuration.receivingTransportServers()
                + ", SendingTransportServers " + configuration.sendingTransportServers());
        return plan;
    }
}
