package io.fedemu.tenant.addressspace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.certs.AtomicFiles;
import io.fedemu.client.Json;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.AvailabilityAddressSpace;
import io.fedemu.tenant.servers.ExchangeServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An organization's availability address spaces, persisted as {@code <tenant home>/availability-address-spaces.json}
 * like its organization relationships: the scenario's while that file does not exist, and every change checked in
 * full, written atomically, then published, so a refused change leaves memory and disk as they were. Reads are
 * lock-free over an immutable list (an Exchange 2007 server looks at it on every request).
 */
public final class AvailabilityAddressSpaces {
    public static final String FILE_NAME = "availability-address-spaces.json";

    private final Path file;
    private final boolean onPremises;
    private final List<String> acceptedDomains;
    private final List<ExchangeServer> servers;
    private final ObjectMapper json = Json.strict();
    private volatile List<AvailabilityAddressSpace> all;

    /** The file's document: one list, in the order the address spaces were added. */
    record Document(List<AvailabilityAddressSpace> availabilityAddressSpaces) {}

    /**
     * @param onPremises      false for Exchange Online, which takes none
     * @param acceptedDomains the organization's own domains, which no address space may cover
     * @param servers         its servers, which a {@code server:NAME/ews} proxy URL must name
     */
    public AvailabilityAddressSpaces(
            Path folder,
            List<AvailabilityAddressSpace> initial,
            boolean onPremises,
            List<String> acceptedDomains,
            List<ExchangeServer> servers) {
        this.file = folder.resolve(FILE_NAME);
        this.onPremises = onPremises;
        this.acceptedDomains = List.copyOf(acceptedDomains);
        this.servers = List.copyOf(servers);
        List<AvailabilityAddressSpace> source = Files.exists(file) ? read() : initial;
        List<AvailabilityAddressSpace> checked = new ArrayList<>();
        for (AvailabilityAddressSpace space : source) {
            try {
                checked.add(check(space, checked));
            } catch (AddressSpaceRefusedException e) {
                throw new IllegalStateException(
                        "availability address spaces " + (Files.exists(file) ? "in " + file : "of the scenario")
                                + " break rule " + e.reason() + ": " + e.getMessage(),
                        e);
            }
        }
        this.all = List.copyOf(checked);
    }

    /** Get-AvailabilityAddressSpace: all of them, in the order they were added. */
    public List<AvailabilityAddressSpace> list() {
        return all;
    }

    /** Get-AvailabilityAddressSpace -Identity forestName, ignoring case. */
    public Optional<AvailabilityAddressSpace> get(String forestName) {
        return all.stream().filter(space -> space.covers(forestName)).findFirst();
    }

    /** The address space whose ForestName is {@code domain}, the SMTP domain of a target (exact, any case). */
    public Optional<AvailabilityAddressSpace> forDomain(String domain) {
        return get(domain);
    }

    /** Add-AvailabilityAddressSpace. */
    public synchronized AvailabilityAddressSpace add(AvailabilityAddressSpace space) {
        if (space == null) {
            throw new AddressSpaceRefusedException(Reason.ADDRESS_SPACE_INVALID, "the request has no body");
        }
        AvailabilityAddressSpace checked = check(space, all);
        List<AvailabilityAddressSpace> next = new ArrayList<>(all);
        next.add(checked);
        commit(next);
        return checked;
    }

    /** Remove-AvailabilityAddressSpace -Identity forestName. */
    public synchronized void remove(String forestName) {
        AvailabilityAddressSpace current = get(forestName)
                .orElseThrow(() -> new AddressSpaceRefusedException(
                        Reason.ADDRESS_SPACE_NOT_FOUND, "no availability address space for '" + forestName + "'"));
        commit(all.stream().filter(space -> space != current).toList());
    }

    /** The address space as stored: its access method spelled as Exchange spells it. */
    private AvailabilityAddressSpace check(AvailabilityAddressSpace space, List<AvailabilityAddressSpace> others) {
        AddressSpaceRules.problem(space, onPremises, acceptedDomains, servers).ifPresent(problem -> {
            throw new AddressSpaceRefusedException(Reason.ADDRESS_SPACE_INVALID, problem.text());
        });
        if (others.stream().anyMatch(other -> other.covers(space.forestName()))) {
            throw new AddressSpaceRefusedException(
                    Reason.ADDRESS_SPACE_EXISTS, "an availability address space for " + space.forestName() + " exists");
        }
        return new AvailabilityAddressSpace(
                space.forestName(), AvailabilityAddressSpace.INTERNAL_PROXY, true, space.proxyUrl());
    }

    private void commit(List<AvailabilityAddressSpace> next) {
        List<AvailabilityAddressSpace> built = List.copyOf(next);
        try {
            AtomicFiles.writePrivate(
                    file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(new Document(built)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the availability address spaces to " + file, e);
        }
        all = built;
    }

    private List<AvailabilityAddressSpace> read() {
        try {
            Document document = json.readValue(file.toFile(), Document.class);
            return document.availabilityAddressSpaces() == null ? List.of() : document.availabilityAddressSpaces();
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot read availability address spaces " + file + ": " + e.getMessage(), e);
        }
    }
}
