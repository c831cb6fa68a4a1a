package io.fedemu.tenant.hybrid;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fedemu.certs.AtomicFiles;
import io.fedemu.client.Json;
import io.fedemu.protocol.hybrid.HybridConfigurationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The organization's one HybridConfiguration object, kept as {@code <tenant home>/hybrid-configuration.json} and
 * written whole (atomically), so a kill never leaves half an object. Absent until the wizard's first stage or
 * Set-HybridConfiguration creates it.
 */
public final class HybridConfigurationStore {
    public static final String FILE_NAME = "hybrid-configuration.json";

    private final Path file;
    private final ObjectMapper json = Json.strict().copy().enable(SerializationFeature.INDENT_OUTPUT);
    private volatile HybridConfiguration current;

    public HybridConfigurationStore(Path folder) {
        this.file = folder.resolve(FILE_NAME);
        this.current = Files.exists(file) ? read() : null;
    }

    /** Get-HybridConfiguration; empty before it was created. */
    public Optional<HybridConfiguration> get() {
        return Optional.ofNullable(current);
    }

    /** New- or Set-HybridConfiguration: the whole object, written before it is published. */
    public synchronized void save(HybridConfiguration configuration) {
        try {
            AtomicFiles.writePublic(file, json.writeValueAsBytes(configuration.info()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        current = configuration;
    }

    private HybridConfiguration read() {
        try {
            HybridConfigurationInfo info = json.readValue(file.toFile(), HybridConfigurationInfo.class);
            EnumSet<HybridFeature> features = EnumSet.noneOf(HybridFeature.class);
            list(info.features())
                    .forEach(name -> features.add(HybridFeature.of(name)
                            .orElseThrow(() -> new IllegalStateException(file + " names an unknown feature " + name))));
            return new HybridConfiguration(
                    features,
                    list(info.domains()),
                    list(info.receivingTransportServers()),
                    list(info.sendingTransportServers()),
                    info.tlsCertificateName(),
                    info.onPremisesSmartHost());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> list(List<String> value) {
        return value == null ? List.of() : value;
    }
}
