package io.fedemu.protocol.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Set-OrganizationRelationship: the parameters given, each null when it stays as it is. A string set to ""
 * clears the field (as {@code -FreeBusyAccessScope $null} does); {@code domainNames} replaces the whole list;
 * {@code name} renames the relationship. In JSON only the fields to change are sent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RelationshipChanges(
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
        String organizationContact,
        String mailTipsAccessScope) {

    public static Builder builder() {
        return new Builder();
    }

    /** The relationship with these changes applied (not validated: the store does that). */
    public OrganizationRelationship applyTo(OrganizationRelationship r) {
        return new OrganizationRelationship(
                pick(name, r.name()),
                pick(domainNames, r.domainNames()),
                pick(enabled, r.enabled()),
                pick(freeBusyAccessEnabled, r.freeBusyAccessEnabled()),
                pick(freeBusyAccessLevel, r.freeBusyAccessLevel()),
                pick(freeBusyAccessScope, r.freeBusyAccessScope()),
                pick(targetApplicationUri, r.targetApplicationUri()),
                pick(targetAutodiscoverEpr, r.targetAutodiscoverEpr()),
                pick(targetSharingEpr, r.targetSharingEpr()),
                pick(targetOwaUrl, r.targetOwaUrl()),
                pick(mailboxMoveEnabled, r.mailboxMoveEnabled()),
                pick(deliveryReportEnabled, r.deliveryReportEnabled()),
                pick(mailTipsAccessEnabled, r.mailTipsAccessEnabled()),
                pick(mailTipsAccessLevel, r.mailTipsAccessLevel()),
                pick(photosEnabled, r.photosEnabled()),
                pick(archiveAccessEnabled, r.archiveAccessEnabled()),
                pick(organizationContact, r.organizationContact()),
                pick(mailTipsAccessScope, r.mailTipsAccessScope()));
    }

    private static <T> T pick(T change, T current) {
        return change != null ? change : current;
    }

    /** For Java callers (the CLI, tests): name only the parameters that change. */
    public static final class Builder {
        private String name;
        private List<String> domainNames;
        private Boolean enabled;
        private Boolean freeBusyAccessEnabled;
        private FreeBusyAccessLevel freeBusyAccessLevel;
        private String freeBusyAccessScope;
        private String targetApplicationUri;
        private String targetAutodiscoverEpr;
        private String targetSharingEpr;
        private String targetOwaUrl;
        private Boolean mailboxMoveEnabled;
        private Boolean deliveryReportEnabled;
        private Boolean mailTipsAccessEnabled;
        private MailTipsAccessLevel mailTipsAccessLevel;
        private Boolean photosEnabled;
        private Boolean archiveAccessEnabled;
        private String organizationContact;
        private String mailTipsAccessScope;

        private Builder() {}

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder domainNames(String... values) {
            domainNames = List.of(values);
            return this;
        }

        public Builder enabled(boolean value) {
            enabled = value;
            return this;
        }

        public Builder freeBusyAccessEnabled(boolean value) {
            freeBusyAccessEnabled = value;
            return this;
        }

        public Builder freeBusyAccessLevel(FreeBusyAccessLevel value) {
            freeBusyAccessLevel = value;
            return this;
        }

        public Builder freeBusyAccessScope(String value) {
            freeBusyAccessScope = value;
            return this;
        }

        public Builder targetApplicationUri(String value) {
            targetApplicationUri = value;
            return this;
        }

        public Builder targetAutodiscoverEpr(String value) {
            targetAutodiscoverEpr = value;
            return this;
        }

        public Builder targetSharingEpr(String value) {
            targetSharingEpr = value;
            return this;
        }

        public Builder targetOwaUrl(String value) {
            targetOwaUrl = value;
            return this;
        }

        public Builder mailboxMoveEnabled(boolean value) {
            mailboxMoveEnabled = value;
            return this;
        }

        public Builder deliveryReportEnabled(boolean value) {
            deliveryReportEnabled = value;
            return this;
        }

        public Builder mailTipsAccessEnabled(boolean value) {
            mailTipsAccessEnabled = value;
            return this;
        }

        public Builder mailTipsAccessLevel(MailTipsAccessLevel value) {
            mailTipsAccessLevel = value;
            return this;
        }

        public Builder photosEnabled(boolean value) {
            photosEnabled = value;
            return this;
        }

        public Builder archiveAccessEnabled(boolean value) {
            archiveAccessEnabled = value;
            return this;
        }

        public Builder organizationContact(String value) {
            organizationContact = value;
            return this;
        }

        public Builder mailTipsAccessScope(String value) {
            mailTipsAccessScope = value;
            return this;
        }

        public RelationshipChanges build() {
            return new RelationshipChanges(
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
                    mailTipsAccessScope);
        }
    }
}
