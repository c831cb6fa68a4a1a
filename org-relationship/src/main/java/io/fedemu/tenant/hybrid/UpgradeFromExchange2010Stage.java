package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.tenant.ExchangeServerInfo;

/** Stage 3: a 2010 hybrid's object would be upgraded here (HCW8019); an organization without 2010 has none. */
final class UpgradeFromExchange2010Stage implements HybridStage {
    @Override
    public int number() {
        return 3;
    }

    @Override
    public String name() {
        return "Upgrading hybrid configuration from Exchange 2010";
    }

    @Override
    public String subtask() {
        return CONFIGURE;
    }

    @Override
    public String why() {
        return "A HybridConfiguration written by Exchange 2010's wizard has 2010-only settings (ClientAccessServers, "
                + "TransportServers) that must be moved before the 2013 engine may use it.";
    }

    @Override
    public StagePlan plan(WizardRun run) {
        boolean has2010 = run.onPremises().exchangeServers().stream()
                .map(ExchangeServerInfo::product)
                .anyMatch("Exchange Server 2010"::equals);
        return has2010
                ? new StagePlan()
                        .checked("Get-ExchangeServer: an Exchange 2010 server")
                        .skipped("fedemu emulates no Exchange 2010 settings: there is nothing to upgrade")
                : new StagePlan()
                        .checked("Get-ExchangeServer: no Exchange 2010 server")
                        .skipped("there is nothing to upgrade: no Exchange 2010 server wrote this object");
    }
}
