package io.fedemu.emulator.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.client.Json;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Output shaped like PowerShell's Format-List: one {@code Name : value} line per property, the colons aligned,
 * property names in Exchange's PascalCase, lists in braces, a blank line between objects.
 */
final class FormatList {
    private static final ObjectMapper JSON = Json.strict();

    private FormatList() {}

    /** A record (or a collection of them) through its JSON properties, so list and --json never disagree. */
    static void print(PrintWriter out, Object value) {
        if (value instanceof Collection<?> values) {
            values.forEach(v -> print(out, v));
            return;
        }
        Map<String, Object> properties =
                JSON.convertValue(value, new TypeReference<LinkedHashMap<String, Object>>() {});
        Map<String, String> lines = new LinkedHashMap<>();
        properties.forEach((name, v) -> lines.put(pascal(name), text(v)));
        print(out, lines);
    }

    static void print(PrintWriter out, Map<String, String> lines) {
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        out.println();
        lines.forEach((name, v) -> out.println((String.format("%-" + width + "s : ", name) + v).stripTrailing()));
        out.println();
        out.flush();
    }

    static String pascal(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> values) {
            List<String> items = new ArrayList<>();
            values.forEach(v -> items.add(text(v)));
            return items.stream().collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Boolean flag) {
            // PowerShell prints booleans capitalized.
            return flag ? "True" : "False";
        }
        return value.toString();
    }
}
