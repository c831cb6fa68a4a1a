package io.fedemu.emulator.cli;

import picocli.CommandLine.Command;

/** The root {@code fedemu} command; every capability is a subcommand of it. */
@Command(
        name = "fedemu",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Emulates Exchange cross-organization free/busy federation: a federation gateway, "
                + "tenant organizations and the client that checks the trust chain between them.",
        subcommands = {
            UpCommand.class,
            GatewayCommand.class,
            TenantCommand.class,
            CertsCommand.class,
            GetOrganizationRelationshipCommand.class,
            NewOrganizationRelationshipCommand.class,
            SetOrganizationRelationshipCommand.class,
            RemoveOrganizationRelationshipCommand.class,
            GetAvailabilityAddressSpaceCommand.class,
            AddAvailabilityAddressSpaceCommand.class,
            RemoveAvailabilityAddressSpaceCommand.class,
            GetAvailabilityCommand.class,
            GetMailTipsCommand.class,
            TestFederationTrustCommand.class,
            TestOrganizationRelationshipCommand.class,
            GetFederationInformationCommand.class,
            GetFederatedDomainProofCommand.class,
            SetFederationTrustCommand.class,
            TestTrustChainCommand.class,
            GetExchangeServerCommand.class,
            GetMailboxCommand.class,
            GetDistributionGroupCommand.class,
            GetMailboxDatabaseCommand.class,
            MoveActiveMailboxDatabaseCommand.class,
            GetFaultCommand.class,
            SetFaultCommand.class,
            ClearFaultCommand.class,
            SendMessageCommand.class,
            GetMessageCommand.class,
            GetReceiveConnectorCommand.class,
            SetReceiveConnectorCommand.class,
            GetSendConnectorCommand.class,
            SetSendConnectorCommand.class,
            GetInboundConnectorCommand.class,
            SetInboundConnectorCommand.class,
            GetOutboundConnectorCommand.class,
            SetOutboundConnectorCommand.class,
            GetTransportConfigCommand.class,
            SetTransportConfigCommand.class,
            TestMailFlowCommand.class,
            GetMessageTrackingLogCommand.class,
            SearchMessageTrackingReportCommand.class,
            GetMessageTrackingReportCommand.class,
            GetTransportRuleCommand.class,
            GetJournalRuleCommand.class
        },
        footer = {
            "",
            "Examples:",
            "  fedemu up --state-dir /tmp/fedemu",
            "  fedemu certs init --state-dir /tmp/fedemu",
            "  fedemu certs show --state-dir /tmp/fedemu",
            "  fedemu gateway --state-dir /tmp/fedemu --port 8443",
            "  fedemu get-organization-relationship --tenant contoso-onprem",
            "  fedemu get-availability --tenant contoso-onprem --as alice@contoso.com --for bob@contoso.com"
        })
public final class FedemuCommand {}
