package io.fedemu.runtime.faults;

/** Why a fault request was refused; each a 400 problem naming the field. Nothing changes on a refusal. */
public enum FaultRefusal {
    FAULT_INVALID("The fault request is not valid."),
    LINK_TARGET_UNKNOWN("The link's target is neither the gateway, a known organization nor a URL.");

    private final String sentence;

    FaultRefusal(String sentence) {
        this.sentence = sentence;
    }

    public String sentence() {
        return sentence;
    }
}
