package io.fedemu.tenant.admin;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.DistributionGroupInfo;
import io.fedemu.protocol.tenant.TenantAdminPaths;
import io.fedemu.tenant.directory.Directory;
import io.fedemu.tenant.directory.DistributionGroup;
import io.fedemu.tenant.directory.Mailbox;
import io.fedemu.tenant.directory.Recipient;
import io.fedemu.tenant.directory.RemoteMailbox;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;

/**
 * /admin/distribution-groups: Get-DistributionGroup with each group's direct members (Get-DistributionGroupMember),
 * every group or one by name, display name or address (PROTOCOL.md section 13). Groups come from the scenario; the
 * directory is read-only here, as the rest of it is.
 */
@Path(TenantAdminPaths.DISTRIBUTION_GROUPS)
@Produces(MediaType.APPLICATION_JSON)
public final class DistributionGroupResource {
    private final Directory directory;

    public DistributionGroupResource(Directory directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
    }

    @GET
    public List<DistributionGroupInfo> groups() {
        return directory.distributionGroups().stream().map(this::info).toList();
    }

    @GET
    @Path("/{identity}")
    public DistributionGroupInfo group(@PathParam("identity") String identity) {
        return directory
                .distributionGroup(identity)
                .map(this::info)
                .orElseThrow(() -> new AdminRefusedException(
                        Reason.DISTRIBUTION_GROUP_NOT_FOUND,
                        "no distribution group is named or addressed " + identity + "; the groups are "
                                + directory.distributionGroups().stream()
                                        .map(DistributionGroup::name)
                                        .toList()));
    }

    private DistributionGroupInfo info(DistributionGroup group) {
        return new DistributionGroupInfo(
                group.name(),
                group.displayName(),
                group.address(),
                group.members().stream().map(this::member).toList());
    }

    /** The member as Get-DistributionGroupMember shows it: primary address, name and RecipientType. */
    private DistributionGroupInfo.Member member(String address) {
        Recipient recipient = directory.lookup(address);
        if (recipient instanceof Mailbox mailbox) {
            return new DistributionGroupInfo.Member(mailbox.address(), mailbox.displayName(), "UserMailbox");
        }
        if (recipient instanceof RemoteMailbox remote) {
            return new DistributionGroupInfo.Member(remote.address(), remote.displayName(), "MailUser");
        }
        if (recipient instanceof DistributionGroup nested) {
            return new DistributionGroupInfo.Member(
                    nested.address(), nested.displayName(), "MailUniversalDistributionGroup");
        }
        return new DistributionGroupInfo.Member(recipient.address(), recipient.address(), "MailContact");
    }
}
