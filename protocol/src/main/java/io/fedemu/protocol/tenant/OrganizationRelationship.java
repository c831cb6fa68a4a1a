package io.fedemu.protocol.tenant;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One organization relationship with the full parameter set of New-OrganizationRelationship (PROTOCOL.md
 * section 4). A value: no validation here (the tenant's store names what is wrong), only normalization so that
 * every instance reads the same way: blank strings are null (unset), a missing domain list is empty, missing
 * levels are None.
 *
 * <p>In JSON every field may be omitted and then takes Exchange's default: {@code enabled} true, every other
 * flag false, both levels None, every string unset.
 *
 * @param domainNames           the partner's domains; a requester or target in one of them selects this
 *                              relationship (exact, case-insensitive)
 * @param freeBusyAccessScope   name of a security group whose members alone are visible; null = everyone
 * @param targetApplicationUri  the partner's application URI at the gateway (the token audience)
 * @param targetAutodiscoverEpr the partner's Autodiscover URL
 * @param targetSharingEpr      the partner's EWS URL; if set, Autodiscover is skipped
 * @param organizationContact   an SMTP address to contact about the relationship
 * @param mailTipsAccessScope   name of a group whose members alone have recipient-specific MailTips (automatic
 *                              replies, mailbox full, custom) returned to the partner; null = everyone
 *                              (PROTOCOL.md section 15)
 */
@JsonPropertyOrder({
    "name",
    "domainNames",
    "enabled",
    "freeBusyAccessEnabled",
    "freeBusyAccessLevel",
    "freeBusyAccessScope",
    "targetApplicationUri",
    "targetAutodiscoverEpr",
    "targetSharingEpr",
    "targetOwaUrl",
    "mailboxMoveEnabled",
    "deliveryReportEnabled",
    "mailTipsAccessEnabled",
    "mailTipsAccessLevel",
    "mailTipsAccessScope",
    "photosEnabled",
    "archiveAccessEnabled",
    "organizationContact"
})
public record OrganizationRelationship(
        String name,
        List<String> domainNames,
        boolean enabled,
        boolean freeBusyAccessEnabled,
        FreeBusyAccessLevel freeBusyAccessLevel,
        String freeBusyAccessScope,
        String targetApplicationUri,
        String targetAutodiscoverEpr,
        String targetSharingEpr,
        String targetOwaUrl,
        boolean mailboxMoveEnabled,
        boolean deliveryReportEnabled,
        boolean mailTipsAccessEnabled,
        MailTipsAccessLevel mailTipsAccessLevel,
        boolean photosEnabled,
        boolean archiveAccessEnabled,
        String organizationContact,
        String mailTipsAccessScope) {

    public OrganizationRelationship {
        name = trimToNull(name);
        // Stream.toList keeps null entries, so the store can name them as malformed domains
        domainNames = domainNames == null
                ? List.of()
                : domainNames.stream().map(OrganizationRelationship::trim).toList();
        freeBusyAccessLevel = freeBusyAccessLevel == null ? FreeBusyAccessLevel.NONE : freeBusyAccessLevel;
        freeBusyAccessScope = trimToNull(freeBusyAccessScope);
        targetApplicationUri = trimToNull(targetApplicationUri);
        targetAutodiscoverEpr = trimToNull(targetAutodiscoverEpr);
        targetSharingEpr = trimToNull(targetSharingEpr);
        targetOwaUrl = trimToNull(targetOwaUrl);
        mailTipsAccessLevel = mailTipsAccessLevel == null ? MailTipsAccessLevel.NONE : mailTipsAccessLevel;
        organizationContact = trimToNull(organizationContact);
        mailTipsAccessScope = trimToNull(mailTipsAccessScope);
    }

    /** As before MailTipsAccessScope was modelled: recipient-specific MailTips for everyone. */
    public OrganizationRelationship(
            String name,
            List<String> domainNames,
            boolean enabled,
            boolean freeBusyAccessEnabled,
            FreeBusyAccessLevel freeBusyAccessLevel,
            String freeBusyAccessScope,
            String targetApplicationUri,
            String targetAutodiscoverEpr,
            String targetSharingEpr,
            String targetOwaUrl,
            boolean mailboxMoveEnabled,
            boolean deliveryReportEnabled,
            boolean mailTipsAccessEnabled,
            MailTipsAccessLevel mailTipsAccessLevel,
            boolean photosEnabled,
            boolean archiveAccessEnabled,
            String organizationContact) {
        this(
                name,
                domainNames,
                enabled,
                freeBusyAccessEnabled,
                freeBusyAccessLevel,
                freeBusyAccessScope,
                targetApplicationUri,
                targetAutodiscoverEpr,
                targetSharingEpr,
                targetOwaUrl,
                mailboxMoveEnabled,
                deliveryReportEnabled,
                mailTipsAccessEnabled,
                mailTipsAccessLevel,
                photosEnabled,
                archiveAccessEnabled,
                organizationContact,
                null);
    }

    /** From JSON: an absent field takes New-OrganizationRelationship's default. */
    @JsonCreator
    public static OrganizationRelationship withDefaults(
            @JsonProperty("name") String name,
            @JsonProperty("domainNames") List<String> domainNames,
            @JsonProperty("enabled") Boolean enabled,
            @JsonProperty("freeBusyAccessEnabled") Boolean freeBusyAccessEnabled,
            @JsonProperty("freeBusyAccessLevel") FreeBusyAccessLevel freeBusyAccessLevel,
            @JsonProperty("freeBusyAccessScope") String freeBusyAccessScope,
            @JsonProperty("targetApplicationUri") String targetApplicationUri,
            @JsonProperty("targetAutodiscoverEpr") String targetAutodiscoverEpr,
            @JsonProperty("targetSharingEpr") String targetSharingEpr,
            @JsonProperty("targetOwaUrl") String targetOwaUrl,
            @JsonProperty("mailboxMoveEnabled") Boolean mailboxMoveEnabled,
            @JsonProperty("deliveryReportEnabled") Boolean deliveryReportEnabled,
            @JsonProperty("mailTipsAccessEnabled") Boolean mailTipsAccessEnabled,
            @JsonProperty("mailTipsAccessLevel") MailTipsAccessLevel mailTipsAccessLevel,
            @JsonProperty("photosEnabled") Boolean photosEnabled,
            @JsonProperty("archiveAccessEnabled") Boolean archiveAccessEnabled,
            @JsonProperty("organizationContact") String organizationContact,
            @JsonProperty("mailTipsAccessScope") String mailTipsAccessScope) {
        return new OrganizationRelationship(
                name,
                domainNames,
                enabled == null || enabled,
                isTrue(freeBusyAccessEnabled),
                freeBusyAccessLevel,
                freeBusyAccessScope,
                targetApplicationUri,
                targetAutodiscoverEpr,
                targetSharingEpr,
                targetOwaUrl,
                isTrue(mailboxMoveEnabled),
                isTrue(deliveryReportEnabled),
                isTrue(mailTipsAccessEnabled),
                mailTipsAccessLevel,
                isTrue(photosEnabled),
                isTrue(archiveAccessEnabled),
                organizationContact,
                mailTipsAccessScope);
    }

    /** New-OrganizationRelationship's defaults, without a MailTipsAccessScope. */
    public static OrganizationRelationship withDefaults(
            String name,
            List<String> domainNames,
            Boolean enabled,
            Boolean freeBusyAccessEnabled,
            FreeBusyAccessLevel freeBusyAccessLevel,
            String freeBusyAccessScope,
            String targetApplicationUri,
            String targetAutodiscoverEpr,
            String targetSharingEpr,
            String targetOwaUrl,
            Boolean mailboxMoveEnabled,
            Boolean deliveryReportEnabled,
            Boolean mailTipsAccessEnabled,
            MailTipsAccessLevel mailTipsAccessLevel,
            Boolean photosEnabled,
            Boolean archiveAccessEnabled,
            String organizationContact) {
        return withDefaults(
                name,
                domainNames,
                enabled,
                freeBusyAccessEnabled,
                freeBusyAccessLevel,
                freeBusyAccessScope,
                targetApplicationUri,
                targetAutodiscoverEpr,
                targetSharingEpr,
                targetOwaUrl,
                mailboxMoveEnabled,
                deliveryReportEnabled,
                mailTipsAccessEnabled,
                mailTipsAccessLevel,
                photosEnabled,
                archiveAccessEnabled,
                organizationContact,
                null);
    }

    /** New-OrganizationRelationship -Name name -DomainNames domains, everything else at its default. */
    public static OrganizationRelationship named(String name, String... domainNames) {
        return withDefaults(
                name,
                List.of(domainNames),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Set-OrganizationRelationship: these changes applied, everything else as it is. */
    public OrganizationRelationship with(RelationshipChanges changes) {
        return changes.applyTo(this);
    }

    private static boolean isTrue(Boolean value) {
        return value != null && value;
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
