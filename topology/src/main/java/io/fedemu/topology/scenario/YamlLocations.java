package io.fedemu.topology.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Line numbers of every node of a YAML document by JSON pointer ({@code /organizations/0/kind}), so a
 * check made after binding can still point at the line a user has to fix.
 */
final class YamlLocations {
    private final Map<String, Integer> lines;

    private YamlLocations(Map<String, Integer> lines) {
        this.lines = lines;
    }

    static YamlLocations of(String yaml) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(yaml)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // Syntax errors are reported by the binding pass, with their own location.
        }
        return new YamlLocations(lines);
    }

    /** The line of {@code pointer}, or of its nearest ancestor that has one; 0 if none. */
    int line(String pointer) {
        for (String path = pointer; ; path = path.substring(0, path.lastIndexOf('/'))) {
            Integer line = lines.get(path);
            if (line != null) {
                return line;
            }
            if (path.isEmpty()) {
                return 0;
            }
        }
    }

    /** {@code /organizations/0/kind} as a reader writes it: {@code organizations[0].kind}. */
    static String readable(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            if (part.chars().allMatch(Character::isDigit)) {
                out.append('[').append(part).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(part);
            }
        }
        return out.toString();
    }
}
