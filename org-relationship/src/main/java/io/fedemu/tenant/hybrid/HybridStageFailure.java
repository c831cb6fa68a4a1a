package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.reason.Reason;

/** A stage stopped with Exchange's message: the run ends here, and the remedy says what to mend first. */
final class HybridStageFailure extends RuntimeException {
    private final transient Reason reason;
    private final String remedy;

    HybridStageFailure(Reason reason, String exchangeMessage, String remedy) {
        super(exchangeMessage);
        this.reason = reason;
        this.remedy = remedy;
    }

    Reason reason() {
        return reason;
    }

    String remedy() {
        return remedy;
    }
}
