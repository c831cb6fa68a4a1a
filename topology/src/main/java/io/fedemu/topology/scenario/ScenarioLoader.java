package io.fedemu.topology.scenario;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a scenario file and checks it whole before anything starts. Every error names the file, the
 * line and the field, so a trainer editing YAML by hand finds the mistake at once.
 */
public final class ScenarioLoader {
    /** Scenarios are hand-written and small; a larger file is a mistake (or hostile). */
    static final long MAX_BYTES = 1024 * 1024;

    private final ObjectMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * A scenario shipped with fedemu, by name: {@code hybrid}, {@code partner}, {@code teaching-firewall}, ...
     * ({@link #shippedNames()}). It is read from the class path with the calendar files it names beside it, so
     * a project that only depends on fedemu can run it; {@link #load(Path)} reads a file of your own.
     *
     * @throws IllegalArgumentException naming the shipped scenarios when there is none called {@code name}
     */
    public Scenario loadShipped(String name) {
        return load(ShippedScenarios.file(name)
                .orElseThrow(() -> new IllegalArgumentException("no shipped scenario named '" + name
                        + "'; the shipped scenarios are " + String.join(", ", shippedNames())
                        + " (a scenario file of your own loads from a Path)")));
    }

    /** The names {@link #loadShipped(String)} accepts, sorted. */
    public static List<String> shippedNames() {
        return ShippedScenarios.names();
    }

    public Scenario load(Path file) {
        String text = read(file);
        YamlLocations locations = YamlLocations.of(text);
        Scenario scenario;
        try {
            scenario = yaml.readValue(text, Scenario.class);
        } catch (JsonMappingException e) {
            String pointer = pointer(e);
            // The parser stands after the offending value; the index knows where the field starts.
            int line = locations.line(pointer);
            if (line == 0 && e.getLocation() != null) {
                line = e.getLocation().getLineNr();
            }
            throw new ScenarioException(file, line, YamlLocations.readable(pointer), e.getOriginalMessage());
        } catch (JacksonException e) {
            throw new ScenarioException(
                    file,
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "",
                    "not valid YAML: " + e.getOriginalMessage());
        }
        if (scenario == null) {
            throw new ScenarioException(file, 0, "", "the file is empty");
        }
        scenario = scenario.withSource(file.toAbsolutePath().normalize());
        new ScenarioRules(scenario, file, locations).check();
        return scenario;
    }

    private static String read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(file, 0, "", "larger than " + MAX_BYTES + " bytes");
            }
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file, 0, "", "no such scenario file");
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "", "cannot read: " + e.getMessage());
        }
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/')
                    .append(
                            reference.getFieldName() != null
                                    ? reference.getFieldName()
                                    : String.valueOf(reference.getIndex()));
        }
        return pointer.toString();
    }
}
