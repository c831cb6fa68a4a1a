package io.fedemu.tenant.relationship;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules New- and Set-OrganizationRelationship enforce (PROTOCOL.md section 4), checked in full before
 * anything is written. The first broken rule is reported, with a detail naming the value that broke it.
 */
final class RelationshipRules {
    static final int MAX_NAME_LENGTH = 64;
    private static final int MAX_APPLICATION_URI_LENGTH = 256;
    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern SMTP = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private RelationshipRules() {}

    /**
     * The relationship as it will be stored (domains in lower case, each once), or a refusal.
     *
     * @param others every other relationship: the one being changed is not among them
     */
    static OrganizationRelationship check(
            OrganizationRelationship candidate, Collection<OrganizationRelationship> others) {
        String name = checkName(candidate.name());
        others.stream()
                .filter(other -> other.name().equalsIgnoreCase(name))
                .findFirst()
                .ifPresent(other -> {
                    throw refuse(Reason.NAME_TAKEN, "organization relationship '" + other.name() + "' already exists");
                });
        List<String> domains = checkDomains(name, candidate.domainNames());
        for (OrganizationRelationship other : others) {
            for (String domain : domains) {
                if (other.domainNames().contains(domain)) {
                    throw refuse(
                            Reason.DOMAIN_IN_ANOTHER_RELATIONSHIP,
                            "domain " + domain + " already belongs to organization relationship '" + other.name()
                                    + "'");
                }
            }
        }
        String applicationUri = candidate.targetApplicationUri();
        if (applicationUri != null
                && (applicationUri.length() > MAX_APPLICATION_URI_LENGTH
                        || applicationUri.chars().anyMatch(Character::isWhitespace))) {
            throw refuse(
                    Reason.TARGET_APPLICATION_URI_MALFORMED,
                    "targetApplicationUri '" + applicationUri + "' contains spaces or has more than "
                            + MAX_APPLICATION_URI_LENGTH + " characters");
        }
        checkUrl(candidate.targetAutodiscoverEpr(), "targetAutodiscoverEpr", Reason.TARGET_AUTODISCOVER_EPR_MALFORMED);
        checkUrl(candidate.targetSharingEpr(), "targetSharingEpr", Reason.TARGET_SHARING_EPR_MALFORMED);
        checkUrl(candidate.targetOwaUrl(), "targetOwaUrl", Reason.TARGET_OWA_URL_MALFORMED);
        String contact = candidate.organizationContact();
        if (contact != null && !SMTP.matcher(contact).matches()) {
            throw refuse(
                    Reason.ORGANIZATION_CONTACT_MALFORMED,
                    "organizationContact '" + contact + "' is not an SMTP address");
        }
        return new OrganizationRelationship(
                name,
                domains,
                candidate.enabled(),
                candidate.freeBusyAccessEnabled(),
                candidate.freeBusyAccessLevel(),
                candidate.freeBusyAccessScope(),
                applicationUri,
                candidate.targetAutodiscoverEpr(),
                candidate.targetSharingEpr(),
                candidate.targetOwaUrl(),
                candidate.mailboxMoveEnabled(),
                candidate.deliveryReportEnabled(),
                candidate.mailTipsAccessEnabled(),
                candidate.mailTipsAccessLevel(),
                candidate.photosEnabled(),
                candidate.archiveAccessEnabled(),
                contact,
                candidate.mailTipsAccessScope());
    }

    private static String checkName(String name) {
        if (name == null) {
            throw refuse(Reason.NAME_REQUIRED, "name is missing");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw refuse(
                    Reason.NAME_TOO_LONG,
                    "name has " + name.length() + " characters; at most " + MAX_NAME_LENGTH + " are allowed");
        }
        if (name.chars().anyMatch(c -> c == '/' || c == '\\' || Character.isISOControl(c))) {
            throw refuse(
                    Reason.NAME_MALFORMED,
                    "name '" + name.replaceAll("\\p{Cntrl}", "?") + "' contains '/', '\\' or a control character");
        }
        return name;
    }

    private static List<String> checkDomains(String name, List<String> domainNames) {
        if (domainNames.isEmpty()) {
            throw refuse(Reason.DOMAIN_REQUIRED, "organization relationship '" + name + "' has no domainNames");
        }
        Set<String> domains = new LinkedHashSet<>();
        for (String domain : domainNames) {
            String canonical = domain == null ? "" : domain.toLowerCase(Locale.ROOT);
            if (!DOMAIN.matcher(canonical).matches()) {
                throw refuse(Reason.DOMAIN_MALFORMED, "'" + domain + "' is not a DNS domain name");
            }
            domains.add(canonical);
        }
        return List.copyOf(domains);
    }

    private static void checkUrl(String value, String field, Reason reason) {
        if (value == null) {
            return;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // reported below with the same sentence as any other malformed URL
        }
        throw refuse(reason, field + " '" + value + "' is not an absolute http or https URL");
    }

    private static RelationshipRefusedException refuse(Reason reason, String detail) {
        return new RelationshipRefusedException(reason, detail);
    }
}
