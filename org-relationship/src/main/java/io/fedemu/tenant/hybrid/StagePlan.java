package io.fedemu.tenant.hybrid;

import java.util.ArrayList;
import java.util.List;

/** What a stage checked and the changes it needs, each named by the Exchange cmdlet it stands for. */
final class StagePlan {
    /** One change: the cmdlet line, whether it creates an object (and which), and how to make it. */
    record Change(String cmdlet, String creates, Runnable apply) {}

    private final List<String> checked = new ArrayList<>();
    private final List<Change> changes = new ArrayList<>();
    private String skipped;
    private java.util.function.Supplier<StagePlan> next;
    private String nextInDryRun;

    StagePlan checked(String what) {
        checked.add(what);
        return this;
    }

    StagePlan change(String cmdlet, Runnable apply) {
        changes.add(new Change(cmdlet, null, apply));
        return this;
    }

    StagePlan create(String cmdlet, String object, Runnable apply) {
        changes.add(new Change(cmdlet, object, apply));
        return this;
    }

    /** Nothing for this stage to do here, and why (said in the narration). */
    StagePlan skipped(String why) {
        skipped = why;
        return this;
    }

    /**
     * More of the stage that can be discovered only once these changes are made (a relationship needs the federation
     * information of a trust created just before); in a dry run with changes before it, {@code inDryRun} says what it
     * would do.
     */
    StagePlan then(java.util.function.Supplier<StagePlan> value, String inDryRun) {
        next = value;
        nextInDryRun = inDryRun;
        return this;
    }

    java.util.Optional<java.util.function.Supplier<StagePlan>> next() {
        return java.util.Optional.ofNullable(next);
    }

    String nextInDryRun() {
        return nextInDryRun;
    }

    List<String> checked() {
        return List.copyOf(checked);
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    String skipReason() {
        return skipped;
    }
}
