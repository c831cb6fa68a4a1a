package io.fedemu.gateway.federation;

/** A refused registry change; nothing was changed. */
public final class RegistryRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final RegistryRefusal reason;

    public RegistryRefusedException(RegistryRefusal reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public RegistryRefusal reason() {
        return reason;
    }
}
