package io.fedemu.tenant.organization;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.EmailAddressPolicyInfo;
import io.fedemu.tenant.admin.AdminRefusedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Get- and Set-EmailAddressPolicy: the organization's "Default Policy" and its address templates, kept in {@code
 * <tenant home>/email-address-policies.json} once changed. Each template is {@code SMTP:} (the primary address, exactly
 * one) or {@code smtp:} (a secondary proxy) followed by a local part and {@code @} an accepted domain, as Exchange
 * checks them. fedemu keeps the templates; it does not stamp them on the recipients (docs/PROTOCOL.md section 23).
 */
public final class EmailAddressPolicies {
    public static final String FILE_NAME = "email-address-policies.json";
    /** The priority Exchange shows for the default policy, which applies last. */
    public static final String LOWEST = "Lowest";

    private static final Pattern TEMPLATE = Pattern.compile("(smtp):([^@\\s]+)@([^@\\s]+)", Pattern.CASE_INSENSITIVE);

    /** The file's document. */
    record Document(List<EmailAddressPolicyInfo> emailAddressPolicies) {}

    private final StateFile<Document> file;
    private final String organization;
    private final AcceptedDomains acceptedDomains;
    private volatile List<EmailAddressPolicyInfo> all;

    EmailAddressPolicies(Path home, String organization, List<String> domains, AcceptedDomains acceptedDomains) {
        this.file = new StateFile<>(home, FILE_NAME, Document.class);
        this.organization = organization;
        this.acceptedDomains = acceptedDomains;
        this.all = file.read()
                .map(d -> d.emailAddressPolicies() == null
                        ? List.<EmailAddressPolicyInfo>of()
                        : List.copyOf(d.emailAddressPolicies()))
                .orElseGet(() -> domains.isEmpty()
                        ? List.of()
                        : List.of(defaultPolicy(
                                List.of("SMTP:%m@" + domains.get(0).toLowerCase(Locale.ROOT)))));
    }

    /** "Default Policy" with {@code templates}. */
    static EmailAddressPolicyInfo defaultPolicy(List<String> templates) {
        return new EmailAddressPolicyInfo(EmailAddressPolicyInfo.DEFAULT_POLICY, LOWEST, templates);
    }

    /** The scenario's templates of "Default Policy", when no earlier change wrote the file. */
    synchronized void seed(List<String> templates) {
        if (file.read().isEmpty()) {
            all = List.of(defaultPolicy(checked(templates)));
        }
    }

    /** Get-EmailAddressPolicy: every policy. */
    public List<EmailAddressPolicyInfo> list() {
        return all;
    }

    public Optional<EmailAddressPolicyInfo> get(String name) {
        String wanted = name == null ? "" : name.trim();
        return all.stream().filter(p -> p.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The first policy whose templates name {@code domain}, if any: what keeps the accepted domain in use. */
    Optional<String> using(String domain) {
        return all.stream()
                .flatMap(p -> p.enabledEmailAddressTemplates().stream()
                        .filter(t -> domainOf(t).equalsIgnoreCase(domain))
                        .map(t -> "the email address policy '" + p.name() + "' uses it in the template " + t))
                .findFirst();
    }

    /** Set-EmailAddressPolicy -Identity name -EnabledEmailAddressTemplates: all of them, checked together. */
    public synchronized EmailAddressPolicyInfo set(String name, List<String> templates) {
        EmailAddressPolicyInfo policy = get(name)
                .orElseThrow(() -> new AdminRefusedException(
                        Reason.EMAIL_ADDRESS_POLICY_NOT_FOUND,
                        "Identity: The operation couldn't be performed because object '" + name
                                + "' couldn't be found on " + organization + "."));
        EmailAddressPolicyInfo changed =
                new EmailAddressPolicyInfo(policy.name(), policy.priority(), checked(templates));
        List<EmailAddressPolicyInfo> next = new ArrayList<>();
        all.forEach(p -> next.add(p == policy ? changed : p));
        List<EmailAddressPolicyInfo> built = List.copyOf(next);
        file.write(new Document(built));
        all = built;
        return changed;
    }

    private List<String> checked(List<String> templates) {
        if (templates == null || templates.isEmpty()) {
            throw invalid("a policy needs one primary SMTP: template");
        }
        List<String> result = new ArrayList<>();
        int primaries = 0;
        for (String template : templates) {
            Matcher m = template == null ? null : TEMPLATE.matcher(template.trim());
            if (m == null || !m.matches()) {
                throw invalid("'" + template + "' is not an SMTP address template (smtp:%m@domain)");
            }
            String domain = m.group(3).toLowerCase(Locale.ROOT);
            if (!acceptedDomains.accepts(domain)) {
                throw invalid("the template " + template.trim() + " uses " + domain
                        + ", which is not an accepted domain of " + organization + " (new-accepted-domain)");
            }
            boolean primary = m.group(1).equals("SMTP");
            primaries += primary ? 1 : 0;
            result.add((primary ? "SMTP:" : "smtp:") + m.group(2) + "@" + domain);
        }
        if (primaries != 1) {
            throw invalid("the templates must have exactly one primary address (SMTP:), not " + primaries);
        }
        return List.copyOf(result);
    }

    private static AdminRefusedException invalid(String problem) {
        return new AdminRefusedException(
                Reason.EMAIL_ADDRESS_TEMPLATE_INVALID, "EnabledEmailAddressTemplates: " + problem);
    }

    private static String domainOf(String template) {
        return template.substring(template.lastIndexOf('@') + 1);
    }
}
