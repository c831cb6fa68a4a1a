package io.fedemu.tenant.directory;

import java.util.List;
import java.util.Objects;

/**
 * A mail-enabled group as Get-DistributionGroup shows it: its primary SMTP address, name, display name and members
 * (PROTOCOL.md section 13). A member is named by an address: a mailbox, a remote mailbox, another group of the
 * directory (nested, expanded in turn) or an address outside it (a mail contact's). The availability service answers
 * the group's address with the members' free/busy merged into one view.
 *
 * @param members the member addresses as written, in order
 */
public record DistributionGroup(String address, String name, String displayName, List<String> members)
        implements Recipient {

    public DistributionGroup {
        String checked = Addresses.requireSmtp(address, "distribution group address");
        Objects.requireNonNull(name, "name");
        displayName = displayName == null ? name : displayName;
        members = members.stream()
                .map(member -> Addresses.requireSmtp(member, "member of " + checked))
                .toList();
        address = checked;
    }
}
