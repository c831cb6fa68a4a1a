package io.fedemu.tenant.hybrid;

/**
 * One stage of the Hybrid Configuration Engine. {@link #plan} discovers both organizations and returns only the
 * difference against the desired state; the engine applies it (or, in a dry run, reports it).
 */
interface HybridStage {
    String CHECK_PREREQS = "CheckPrereqs";
    String CONFIGURE = "Configure";
    String VALIDATE_CONFIGURATION = "ValidateConfiguration";

    int number();

    /** The stage as Exchange's progress and errors name it. */
    String name();

    /** The subtask Exchange's error names: CheckPrereqs, Configure or ValidateConfiguration. */
    String subtask();

    /** Why the step exists, one sentence for the narration. */
    String why();

    /** @throws HybridStageFailure when a prerequisite is missing: the run stops here */
    StagePlan plan(WizardRun run);
}
