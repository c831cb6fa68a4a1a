package io.fedemu.emulator.cli;

import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.MailTipsAccessLevel;
import io.fedemu.protocol.tenant.RelationshipChanges;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The parameters New- and Set-OrganizationRelationship share. Each is null when not given, so Set changes only
 * what was named; a flag alone means true ({@code --free-busy-access-enabled}), or takes a value
 * ({@code --free-busy-access-enabled false}).
 */
final class RelationshipParameters {
    @Option(names = "--domain-names", split = ",", paramLabel = "DOMAIN", description = "The partner's domains.")
    List<String> domainNames;

    @Option(
            names = "--enabled",
            arity = "0..1",
            fallbackValue = "true",
            paramLabel = "true|false",
            description = "Whether the relationship is used at all.")
    Boolean enabled;

    @Option(
            names = "--free-busy-access-enabled",
            arity = "0..1",
            fallbackValue = "true",
            paramLabel = "true|false",
            description = "Whether the partner may ask free/busy.")
    Boolean freeBusyAccessEnabled;

    @Option(
            names = "--free-busy-access-level",
            converter = AccessLevelConverter.class,
            paramLabel = "LEVEL",
            description = "None, AvailabilityOnly or LimitedDetails.")
    FreeBusyAccessLevel freeBusyAccessLevel;

    @Option(
            names = "--free-busy-access-scope",
            paramLabel = "GROUP",
            description = "Only members of this group are visible (\"\" clears it).")
    String freeBusyAccessScope;

    @Option(names = "--target-application-uri", paramLabel = "URI", description = "The partner's application URI.")
    String targetApplicationUri;

    @Option(names = "--target-autodiscover-epr", paramLabel = "URL", description = "The partner's Autodiscover URL.")
    String targetAutodiscoverEpr;

    @Option(
            names = "--target-sharing-epr",
            paramLabel = "URL",
            description = "The partner's EWS URL; when set, Autodiscover is skipped.")
    String targetSharingEpr;

    @Option(
            names = "--target-owa-url",
            paramLabel = "URL",
            description = "The partner's Outlook Web App: the link OWA gives users whose mailbox is there (\"\" clears"
                    + " it).")
    String targetOwaUrl;

    @Option(names = "--organization-contact", paramLabel = "SMTP", description = "Who to contact about it.")
    String organizationContact;

    @Option(
            names = "--mail-tips-access-enabled",
            arity = "0..1",
            fallbackValue = "true",
            paramLabel = "true|false",
            description = "Whether the partner's users get MailTips for this organization's recipients.")
    Boolean mailTipsAccessEnabled;

    @Option(
            names = "--mail-tips-access-level",
            converter = MailTipsLevelConverter.class,
            paramLabel = "LEVEL",
            description = "None, Limited or All.")
    MailTipsAccessLevel mailTipsAccessLevel;

    @Option(
            names = "--mail-tips-access-scope",
            paramLabel = "GROUP",
            description = "Only members of this group have their own MailTips returned (\"\" clears it).")
    String mailTipsAccessScope;

    @Option(
            names = "--delivery-report-enabled",
            arity = "0..1",
            fallbackValue = "true",
            paramLabel = "true|false",
            description = "Whether delivery reports follow messages between the organizations (needed on both sides).")
    Boolean deliveryReportEnabled;

    /** As Set-OrganizationRelationship sends them: only the parameters given. */
    RelationshipChanges.Builder changes() {
        RelationshipChanges.Builder changes = RelationshipChanges.builder()
                .freeBusyAccessLevel(freeBusyAccessLevel)
                .freeBusyAccessScope(freeBusyAccessScope)
                .targetApplicationUri(targetApplicationUri)
                .targetAutodiscoverEpr(targetAutodiscoverEpr)
                .targetSharingEpr(targetSharingEpr)
                .targetOwaUrl(targetOwaUrl)
                .organizationContact(organizationContact)
                .mailTipsAccessLevel(mailTipsAccessLevel)
                .mailTipsAccessScope(mailTipsAccessScope);
        if (mailTipsAccessEnabled != null) {
            changes.mailTipsAccessEnabled(mailTipsAccessEnabled);
        }
        if (deliveryReportEnabled != null) {
            changes.deliveryReportEnabled(deliveryReportEnabled);
        }
        if (domainNames != null) {
            changes.domainNames(domainNames.toArray(String[]::new));
        }
        if (enabled != null) {
            changes.enabled(enabled);
        }
        if (freeBusyAccessEnabled != null) {
            changes.freeBusyAccessEnabled(freeBusyAccessEnabled);
        }
        return changes;
    }

    boolean none() {
        return domainNames == null
                && enabled == null
                && freeBusyAccessEnabled == null
                && freeBusyAccessLevel == null
                && freeBusyAccessScope == null
                && targetApplicationUri == null
                && targetAutodiscoverEpr == null
                && targetSharingEpr == null
                && targetOwaUrl == null
                && organizationContact == null
                && mailTipsAccessEnabled == null
                && mailTipsAccessLevel == null
                && mailTipsAccessScope == null
                && deliveryReportEnabled == null;
    }
}
