package io.fedemu.tenant.directory;

import java.util.Objects;

/**
 * A mail user whose mailbox lives in the partner organization, as the Hybrid Configuration Wizard creates them
 * (PROTOCOL.md section 7). Free/busy for it is asked of the organization that owns {@code targetAddress}'s domain;
 * a wrong targetAddress is the classic "attendee's server couldn't be contacted".
 */
public record RemoteMailbox(String address, String displayName, String targetAddress) implements Recipient {
    public RemoteMailbox {
        address = Addresses.requireSmtp(address, "remote mailbox address");
        Objects.requireNonNull(displayName, "displayName");
        targetAddress = Addresses.requireSmtp(targetAddress, "targetAddress");
    }

    /** The domain that selects the organization relationship on the requesting side (PROTOCOL.md section 4). */
    public String targetDomain() {
        return Addresses.domainOf(targetAddress);
    }
}
