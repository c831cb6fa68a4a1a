package io.fedemu.tenant.relationship;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.certs.AtomicFiles;
import io.fedemu.client.Json;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's organization relationships, persisted as {@code <tenant home>/relationships.json}. Reads are
 * lock-free over an immutable snapshot (the availability path selects a relationship on every request);
 * changes are serialized, validated in full, written atomically, then published, so a refused or failed
 * change leaves both memory and disk as they were.
 */
public final class RelationshipStore {
    public static final String FILE_NAME = "relationships.json";

    private final Path file;
    private final ObjectMapper json = Json.strict();
    private volatile Snapshot snapshot;

    /** The file's document: one list, in creation order. */
    record Document(List<OrganizationRelationship> organizationRelationships) {}

    /** Everything a read needs, built once per change. */
    private record Snapshot(
            List<OrganizationRelationship> all,
            Map<String, OrganizationRelationship> byName,
            Map<String, OrganizationRelationship> byDomain) {

        static Snapshot of(List<OrganizationRelationship> relationships) {
            Map<String, OrganizationRelationship> names = new HashMap<>();
            Map<String, OrganizationRelationship> domains = new HashMap<>();
            for (OrganizationRelationship relationship : relationships) {
                names.put(key(relationship.name()), relationship);
                relationship.domainNames().forEach(domain -> domains.put(domain, relationship));
            }
            return new Snapshot(List.copyOf(relationships), Map.copyOf(names), Map.copyOf(domains));
        }
    }

    /**
     * Loads {@code folder/relationships.json}; while that file does not exist yet, the relationships are
     * {@code initial} (the scenario's). Either source must pass the same rules as a change, else the tenant
     * does not start.
     */
    public RelationshipStore(Path folder, List<OrganizationRelationship> initial) {
        this.file = folder.resolve(FILE_NAME);
        List<OrganizationRelationship> source = Files.exists(file) ? read() : initial;
        List<OrganizationRelationship> checked = new ArrayList<>();
        for (OrganizationRelationship relationship : source) {
            try {
                checked.add(RelationshipRules.check(relationship, checked));
            } catch (RelationshipRefusedException e) {
                throw new IllegalStateException(
                        "organization relationships " + (Files.exists(file) ? "in " + file : "of the scenario")
                                + " break rule " + e.reason() + ": " + e.getMessage(),
                        e);
            }
        }
        this.snapshot = Snapshot.of(checked);
    }

    /** Get-OrganizationRelationship: all of them, in creation order. */
    public List<OrganizationRelationship> list() {
        return snapshot.all();
    }

    /** Get-OrganizationRelationship -Identity name, ignoring case. */
    public Optional<OrganizationRelationship> get(String name) {
        return name == null
                ? Optional.empty()
                : Optional.ofNullable(snapshot.byName().get(key(name)));
    }

    /** The relationship whose DomainNames contain {@code domain} (exact, case-insensitive), enabled or not. */
    public Optional<OrganizationRelationship> forDomain(String domain) {
        return domain == null
                ? Optional.empty()
                : Optional.ofNullable(snapshot.byDomain().get(key(domain.trim())));
    }

    /** New-OrganizationRelationship. */
    public synchronized OrganizationRelationship create(OrganizationRelationship relationship) {
        if (relationship == null) {
            throw new RelationshipRefusedException(Reason.REQUEST_INVALID, "the request has no body");
        }
        OrganizationRelationship checked = RelationshipRules.check(relationship, list());
        List<OrganizationRelationship> next = new ArrayList<>(list());
        next.add(checked);
        commit(next);
        return checked;
    }

    /** Set-OrganizationRelationship -Identity name: the changes applied, the result checked as a whole. */
    public synchronized OrganizationRelationship set(String name, RelationshipChanges changes) {
        OrganizationRelationship current = require(name);
        if (changes == null) {
            throw new RelationshipRefusedException(Reason.REQUEST_INVALID, "the request has no body");
        }
        List<OrganizationRelationship> others =
                list().stream().filter(r -> r != current).toList();
        OrganizationRelationship checked = RelationshipRules.check(current.with(changes), others);
        commit(list().stream().map(r -> r == current ? checked : r).toList());
        return checked;
    }

    /** Remove-OrganizationRelationship -Identity name. */
    public synchronized void remove(String name) {
        OrganizationRelationship current = require(name);
        commit(list().stream().filter(r -> r != current).toList());
    }

    private OrganizationRelationship require(String name) {
        return get(name)
                .orElseThrow(() -> new RelationshipRefusedException(
                        Reason.RELATIONSHIP_UNKNOWN, "no organization relationship named '" + name + "'"));
    }

    private void commit(List<OrganizationRelationship> next) {
        Snapshot built = Snapshot.of(next);
        try {
            AtomicFiles.writePrivate(
                    file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Document(built.all())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the organization relationships to " + file, e);
        }
        snapshot = built;
    }

    private List<OrganizationRelationship> read() {
        try {
            Document document = json.readValue(file.toFile(), Document.class);
            return document.organizationRelationships() == null ? List.of() : document.organizationRelationships();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read organization relationships " + file + ": " + e.getMessage(), e);
        }
    }

    private static String key(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
