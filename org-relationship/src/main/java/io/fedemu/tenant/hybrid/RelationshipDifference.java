package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The parameters of an organization relationship the wizard owns, compared between what is there and what the
 * HybridConfiguration wants: each difference as Set-OrganizationRelationship's parameter and value, and the change
 * that puts it back. Parameters the wizard does not set (FreeBusyAccessScope, OrganizationContact) are left alone.
 */
record RelationshipDifference(List<String> parameters, RelationshipChanges changes) {

    boolean none() {
        return parameters.isEmpty();
    }

    static RelationshipDifference between(OrganizationRelationship current, OrganizationRelationship desired) {
        RelationshipChanges.Builder builder = RelationshipChanges.builder();
        List<String> parameters = new ArrayList<>();
        Compare compare = new Compare(current, desired, parameters);
        compare.list(
                "DomainNames",
                OrganizationRelationship::domainNames,
                v -> builder.domainNames(v.toArray(String[]::new)));
        compare.value("Enabled", OrganizationRelationship::enabled, builder::enabled);
        compare.value(
                "FreeBusyAccessEnabled",
                OrganizationRelationship::freeBusyAccessEnabled,
                builder::freeBusyAccessEnabled);
        compare.value(
                "FreeBusyAccessLevel", OrganizationRelationship::freeBusyAccessLevel, builder::freeBusyAccessLevel);
        compare.text(
                "TargetApplicationUri", OrganizationRelationship::targetApplicationUri, builder::targetApplicationUri);
        compare.text(
                "TargetAutodiscoverEpr",
                OrganizationRelationship::targetAutodiscoverEpr,
                builder::targetAutodiscoverEpr);
        compare.text("TargetOwaURL", OrganizationRelationship::targetOwaUrl, builder::targetOwaUrl);
        compare.value("MailboxMoveEnabled", OrganizationRelationship::mailboxMoveEnabled, builder::mailboxMoveEnabled);
        compare.value(
                "DeliveryReportEnabled",
                OrganizationRelationship::deliveryReportEnabled,
                builder::deliveryReportEnabled);
        compare.value(
                "MailTipsAccessEnabled",
                OrganizationRelationship::mailTipsAccessEnabled,
                builder::mailTipsAccessEnabled);
        compare.value(
                "MailTipsAccessLevel", OrganizationRelationship::mailTipsAccessLevel, builder::mailTipsAccessLevel);
        compare.value("PhotosEnabled", OrganizationRelationship::photosEnabled, builder::photosEnabled);
        compare.value(
                "ArchiveAccessEnabled", OrganizationRelationship::archiveAccessEnabled, builder::archiveAccessEnabled);
        return new RelationshipDifference(List.copyOf(parameters), builder.build());
    }

    /** New-OrganizationRelationship's parameters for {@code desired}, the ones the wizard sets. */
    static String newParameters(OrganizationRelationship desired) {
        OrganizationRelationship empty = OrganizationRelationship.named(desired.name());
        return String.join(" ", between(empty, desired).parameters());
    }

    private record Compare(OrganizationRelationship current, OrganizationRelationship desired, List<String> out) {
        <T> void value(String parameter, Function<OrganizationRelationship, T> field, Consumer<T> set) {
            T wanted = field.apply(desired);
            if (!Objects.equals(field.apply(current), wanted)) {
                out.add("-" + parameter + " " + show(wanted));
                set.accept(wanted);
            }
        }

        void text(String parameter, Function<OrganizationRelationship, String> field, Consumer<String> set) {
            String wanted = field.apply(desired);
            String now = field.apply(current);
            if (!Objects.equals(lower(now), lower(wanted))) {
                out.add("-" + parameter + " " + (wanted == null ? "$null" : wanted));
                set.accept(wanted == null ? "" : wanted);
            }
        }

        void list(
                String parameter, Function<OrganizationRelationship, List<String>> field, Consumer<List<String>> set) {
            List<String> wanted = field.apply(desired);
            if (!lower(field.apply(current)).equals(lower(wanted))) {
                out.add("-" + parameter + " " + String.join(",", wanted));
                set.accept(wanted);
            }
        }

        private static String show(Object value) {
            if (value instanceof Boolean b) {
                return b ? "$true" : "$false";
            }
            if (value instanceof io.fedemu.protocol.tenant.FreeBusyAccessLevel level) {
                return level.wireName();
            }
            if (value instanceof io.fedemu.protocol.tenant.MailTipsAccessLevel level) {
                return level.wireName();
            }
            return String.valueOf(value);
        }

        private static String lower(String value) {
            return value == null ? null : value.toLowerCase(Locale.ROOT);
        }

        private static List<String> lower(List<String> values) {
            return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).sorted().toList();
        }
    }
}
