package io.fedemu.tenant.organization;

import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.AcceptedDomainInfo;
import io.fedemu.tenant.admin.AdminRefusedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Get-, New- and Remove-AcceptedDomain: the SMTP domains the organization's directory takes as its own, kept in
 * {@code <tenant home>/accepted-domains.json} once changed. Until then, the scenario's: its {@code domains} as
 * Authoritative plus its {@code acceptedDomains} (the cloud's copy of its hybrid partner's domains). A domain still in
 * use (a federated domain, an address policy's template) cannot be removed.
 */
public final class AcceptedDomains {
    public static final String FILE_NAME = "accepted-domains.json";
    private static final Pattern DOMAIN =
            Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final List<String> TYPES = List.of(
            AcceptedDomainInfo.AUTHORITATIVE, AcceptedDomainInfo.INTERNAL_RELAY, AcceptedDomainInfo.EXTERNAL_RELAY);

    /** The file's document. */
    record Document(List<AcceptedDomainInfo> acceptedDomains) {}

    private final StateFile<Document> file;
    private final String organization;
    private volatile List<AcceptedDomainInfo> all;
    /** What still uses a domain, if anything: checked before Remove-AcceptedDomain. */
    private volatile Function<String, Optional<String>> usedBy = domain -> Optional.empty();

    AcceptedDomains(Path home, String organization, List<String> domains) {
        this.file = new StateFile<>(home, FILE_NAME, Document.class);
        this.organization = organization;
        this.all = file.read()
                .map(d ->
                        d.acceptedDomains() == null ? List.<AcceptedDomainInfo>of() : List.copyOf(d.acceptedDomains()))
                .orElseGet(() -> domains.stream()
                        .map(d -> new AcceptedDomainInfo(d, lower(d), AcceptedDomainInfo.AUTHORITATIVE))
                        .toList());
    }

    /** The scenario's accepted domains, when no earlier change wrote the file: replaces the start's defaults. */
    synchronized void seed(List<AcceptedDomainInfo> scenario) {
        if (file.read().isEmpty()) {
            all = scenario.stream().map(this::checked).toList();
        }
    }

    void usedBy(Function<String, Optional<String>> value) {
        this.usedBy = value;
    }

    /** Get-AcceptedDomain: every one, in the order they were added. */
    public List<AcceptedDomainInfo> list() {
        return all;
    }

    /** Get-AcceptedDomain -Identity: by domain name or name, ignoring case. */
    public Optional<AcceptedDomainInfo> get(String identity) {
        String wanted = identity == null ? "" : identity.trim();
        return all.stream()
                .filter(d -> d.domainName().equalsIgnoreCase(wanted) || d.name().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** Whether {@code domain} is one of the organization's accepted domains. */
    public boolean accepts(String domain) {
        return domain != null && all.stream().anyMatch(d -> d.domainName().equalsIgnoreCase(domain.trim()));
    }

    /** New-AcceptedDomain -Name -DomainName -DomainType (Authoritative when not given). */
    public synchronized AcceptedDomainInfo add(AcceptedDomainInfo wanted) {
        AcceptedDomainInfo domain = checked(wanted);
        if (all.stream()
                .anyMatch(d -> d.domainName().equalsIgnoreCase(domain.domainName())
                        || d.name().equalsIgnoreCase(domain.name()))) {
            throw new AdminRefusedException(
                    Reason.ACCEPTED_DOMAIN_EXISTS,
                    "DomainName: The accepted domain " + domain.domainName() + " (or one named '" + domain.name()
                            + "') already exists in organization " + organization + ".");
        }
        List<AcceptedDomainInfo> next = new ArrayList<>(all);
        next.add(domain);
        commit(next);
        return domain;
    }

    /** Remove-AcceptedDomain -Identity: refused while something still uses it. */
    public synchronized void remove(String identity) {
        AcceptedDomainInfo domain = get(identity)
                .orElseThrow(() -> new AdminRefusedException(
                        Reason.ACCEPTED_DOMAIN_NOT_FOUND,
                        "Identity: The operation couldn't be performed because object '" + identity
                                + "' couldn't be found on " + organization + "."));
        usedBy.apply(domain.domainName()).ifPresent(use -> {
            throw new AdminRefusedException(
                    Reason.ACCEPTED_DOMAIN_IN_USE,
                    "Identity: The accepted domain " + domain.domainName() + " can't be removed because " + use + ".");
        });
        commit(all.stream().filter(d -> d != domain).toList());
    }

    private AcceptedDomainInfo checked(AcceptedDomainInfo wanted) {
        if (wanted == null
                || wanted.domainName() == null
                || !DOMAIN.matcher(lower(wanted.domainName())).matches()) {
            throw new AdminRefusedException(
                    Reason.ACCEPTED_DOMAIN_INVALID,
                    "DomainName: '" + (wanted == null ? null : wanted.domainName()) + "' is not a valid SMTP domain.");
        }
        String type = wanted.domainType() == null || wanted.domainType().isBlank()
                ? AcceptedDomainInfo.AUTHORITATIVE
                : TYPES.stream()
                        .filter(t -> t.equalsIgnoreCase(wanted.domainType().trim()))
                        .findFirst()
                        .orElseThrow(() -> new AdminRefusedException(
                                Reason.ACCEPTED_DOMAIN_INVALID,
                                "DomainType: must be one of " + TYPES + ", not '" + wanted.domainType() + "'."));
        String domainName = lower(wanted.domainName());
        String name = wanted.name() == null || wanted.name().isBlank()
                ? domainName
                : wanted.name().trim();
        return new AcceptedDomainInfo(name, domainName, type);
    }

    private void commit(List<AcceptedDomainInfo> next) {
        List<AcceptedDomainInfo> built = List.copyOf(next);
        file.write(new Document(built));
        all = built;
    }

    private static String lower(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }
}
