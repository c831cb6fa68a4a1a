package io.fedemu.tenant.transport;

import io.fedemu.protocol.reason.Reason;

/** A Set- cmdlet of a connector or of the transport config refused, naming the field; nothing changed. */
public final class ConnectorSettingRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Reason reason;

    public ConnectorSettingRefused(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    static ConnectorSettingRefused invalid(String field, String problem) {
        return new ConnectorSettingRefused(Reason.MAIL_CONNECTOR_INVALID, field + ": " + problem);
    }

    public Reason reason() {
        return reason;
    }
}
