package io.fedemu.tenant.directory;

import java.util.Objects;

/**
 * A mail user whose mailbox lives in the partner organization, as the Hybrid Configuration Wizard creates them
 * (PROTOCOL.md section 7). Free/busy for it is asked of the organization that owns {@code targetAddress}'s domain;
 * a wrong targetAddress is the classic "attendee's server couldn't be contacted".
 */
public record RemoteMailbox(String address, String displayName, String targetAddress, String password)
        implements Recipient {
    public RemoteMailbox {
        address = Addresses.requireSmtp(address, "remote mailbox address");
        Objects.requireNonNull(displayName, "displayName");
        targetAddress = Addresses.requireSmtp(targetAddress, "targetAddress");
    }

    /** A remote mailbox whose user cannot sign in on this side (no synchronized password). */
    public RemoteMailbox(String address, String displayName, String targetAddress) {
        this(address, displayName, targetAddress, null);
    }

    /**
     * The on-premises account's password, when the scenario gives one (issue 16): directory synchronization keeps
     * one account for both sides, so the user signs in to the on-premises Outlook Web App with it and gets the link
     * to the cloud's. Null: the user has no sign-in here.
     */
    @Override
    public String password() {
        return password;
    }

    /** Without the password: records print every component, and a directory's toString reaches logs. */
    @Override
    public String toString() {
        return "RemoteMailbox[" + address + " -> " + targetAddress + "]";
    }

    /** The domain that selects the organization relationship on the requesting side (PROTOCOL.md section 4). */
    public String targetDomain() {
        return Addresses.domainOf(targetAddress);
    }
}
