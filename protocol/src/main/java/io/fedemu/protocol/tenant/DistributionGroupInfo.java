package io.fedemu.protocol.tenant;

import java.util.List;

/**
 * A distribution group as Get-DistributionGroup shows it, with its members as Get-DistributionGroupMember lists them
 * (the direct members, nested groups not expanded).
 *
 * @param primarySmtpAddress the address GetUserAvailability answers with the members' merged free/busy
 * @param members            each direct member
 */
public record DistributionGroupInfo(String name, String displayName, String primarySmtpAddress, List<Member> members) {

    public DistributionGroupInfo {
        members = members == null ? List.of() : List.copyOf(members);
    }

    /**
     * @param recipientType Exchange's RecipientType: UserMailbox, MailUser (a remote mailbox),
     *                      MailUniversalDistributionGroup (a nested group) or MailContact (an address outside the
     *                      directory)
     */
    public record Member(String primarySmtpAddress, String name, String recipientType) {}
}
