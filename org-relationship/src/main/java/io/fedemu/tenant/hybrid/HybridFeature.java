package io.fedemu.tenant.hybrid;

import java.util.Arrays;
import java.util.Optional;

/** Set-HybridConfiguration -Features: what the wizard configures; all of them on by default. */
public enum HybridFeature {
    FREE_BUSY("FreeBusy"),
    MAIL_TIPS("MailTips"),
    MESSAGE_TRACKING("MessageTracking"),
    OWA_REDIRECTION("OWARedirection"),
    SECURE_MAIL("SecureMail"),
    CENTRALIZED("Centralized"),
    ONLINE_ARCHIVE("OnlineArchive"),
    PHOTOS("Photos");

    private final String exchangeName;

    HybridFeature(String exchangeName) {
        this.exchangeName = exchangeName;
    }

    /** The name Set-HybridConfiguration takes. */
    public String exchangeName() {
        return exchangeName;
    }

    /** The feature {@code name} names, ignoring case, as PowerShell does. */
    public static Optional<HybridFeature> of(String name) {
        return Arrays.stream(values())
                .filter(f -> name != null && f.exchangeName.equalsIgnoreCase(name.trim()))
                .findFirst();
    }
}
