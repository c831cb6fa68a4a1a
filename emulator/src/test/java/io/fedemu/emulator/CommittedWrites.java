package io.fedemu.emulator;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every write the emulator answered with a 2xx, over all rounds of the kill test: the promise is that each
 * survives any kill that follows. A write that got no answer (in flight at the kill) may or may not be there.
 *
 * <p>Additive writes (relationships, calendar items, gateway registrations) have names of their own, so each
 * must simply be present. Certificates are replaced, so for them the order matters: after a restart the
 * current one must be the last acknowledged or a newer one (an unacknowledged write that reached the disk),
 * never one that an acknowledged write had already replaced.
 */
final class CommittedWrites {
    /** A calendar item, by the tenant and mailbox it was written to. */
    record Event(String tenant, String mailbox, String uid, String subject) {}

    private final Set<String> relationships = ConcurrentHashMap.newKeySet();
    private final Set<Event> events = ConcurrentHashMap.newKeySet();
    private final Set<String> organizations = ConcurrentHashMap.newKeySet();
    // Thumbprints in the order they became current; written by one writer thread only, so the order is the
    // emulator's. The first entry may be observed rather than written: the value before any change.
    private final List<String> federationCertificates = new CopyOnWriteArrayList<>();
    private final List<String> signingCertificates = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    void relationship(String name) {
        relationships.add(name);
        count.incrementAndGet();
    }

    void event(Event event) {
        events.add(event);
        count.incrementAndGet();
    }

    void organization(String name) {
        organizations.add(name);
        count.incrementAndGet();
    }

    void federationCertificate(String thumbprint) {
        federationCertificates.add(thumbprint);
        count.incrementAndGet();
    }

    void signingCertificate(String thumbprint) {
        signingCertificates.add(thumbprint);
        count.incrementAndGet();
    }

    /** Before the first rollover: the starting value, which the first acknowledged rollover supersedes. */
    void observeCertificates(String federation, String signing) {
        if (federationCertificates.isEmpty()) {
            federationCertificates.add(federation);
        }
        if (signingCertificates.isEmpty()) {
            signingCertificates.add(signing);
        }
    }

    int count() {
        return count.get();
    }

    Set<String> relationships() {
        return Set.copyOf(relationships);
    }

    Set<Event> events() {
        return Set.copyOf(events);
    }

    Set<String> organizations() {
        return Set.copyOf(organizations);
    }

    /** Thumbprints an acknowledged rollover replaced: none of them may be current again. */
    List<String> supersededFederationCertificates() {
        return allButLast(federationCertificates);
    }

    List<String> supersededSigningCertificates() {
        return allButLast(signingCertificates);
    }

    String summary() {
        return "%d relationships, %d calendar items, %d gateway registrations, %d federation rollovers, %d signing key rotations"
                .formatted(
                        relationships.size(),
                        events.size(),
                        organizations.size(),
                        Math.max(0, federationCertificates.size() - 1),
                        Math.max(0, signingCertificates.size() - 1));
    }

    private static List<String> allButLast(List<String> values) {
        List<String> copy = List.copyOf(values);
        return copy.isEmpty() ? copy : copy.subList(0, copy.size() - 1);
    }
}
