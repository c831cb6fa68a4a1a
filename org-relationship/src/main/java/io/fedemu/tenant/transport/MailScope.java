package io.fedemu.tenant.transport;

import java.util.Arrays;
import java.util.Optional;

/** FromScope and SentToScope of a transport rule: InOrganization or NotInOrganization. */
public enum MailScope {
    IN_ORGANIZATION("InOrganization"),
    NOT_IN_ORGANIZATION("NotInOrganization");

    private final String wireName;

    MailScope(String wireName) {
        this.wireName = wireName;
    }

    /** As Exchange writes it: InOrganization, NotInOrganization. */
    public String wireName() {
        return wireName;
    }

    public static Optional<MailScope> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(s -> s.wireName.equalsIgnoreCase(name))
                .findFirst();
    }

    boolean matches(boolean inOrganization) {
        return inOrganization == (this == IN_ORGANIZATION);
    }
}
