package io.fedemu.tenant.hybrid;

/**
 * Stages 10 and 11: the IntraOrganization connector and OAuth arrived with later cumulative updates (CU5 and later);
 * a 2013 CU1 hybrid has neither, so the wizard skips them and says so.
 */
final class LaterCumulativeUpdateStage implements HybridStage {
    private final int number;
    private final String name;
    private final String why;

    private LaterCumulativeUpdateStage(int number, String name, String why) {
        this.number = number;
        this.name = name;
        this.why = why;
    }

    static LaterCumulativeUpdateStage intraOrganizationConnector() {
        return new LaterCumulativeUpdateStage(
                10,
                "Configure Intra-Organization Connector",
                "Later wizards create IntraOrganization connectors for OAuth free/busy instead of the federation "
                        + "trust's delegation tokens.");
    }

    static LaterCumulativeUpdateStage oauth() {
        return new LaterCumulativeUpdateStage(
                11,
                "Configure OAuth",
                "Later wizards configure OAuth between the premises (New-AuthServer, the partner application).");
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String subtask() {
        return CONFIGURE;
    }

    @Override
    public String why() {
        return why;
    }

    @Override
    public StagePlan plan(WizardRun run) {
        return new StagePlan()
                .skipped("not part of an Exchange 2013 CU1 hybrid: free/busy uses the federation trust and "
                        + "organization relationships configured above");
    }
}
