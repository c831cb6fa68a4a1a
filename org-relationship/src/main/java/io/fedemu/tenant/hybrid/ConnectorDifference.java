package io.fedemu.tenant.hybrid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A connector's parameters the wizard owns, compared with what Get- shows: the Set- parameters that differ. The
 * admin API shows {@code requireTls} where the cmdlet takes {@code RequireTLS}; names compare ignoring case, text
 * values too, lists as sets.
 */
final class ConnectorDifference {
    private ConnectorDifference() {}

    /** The parameters of {@code desired} whose value {@code current} does not have, in {@code desired}'s order. */
    static Map<String, Object> between(Map<String, Object> current, Map<String, Object> desired) {
        Map<String, Object> byName = new LinkedHashMap<>();
        current.forEach((k, v) -> byName.put(k.toLowerCase(Locale.ROOT), v));
        Map<String, Object> changes = new LinkedHashMap<>();
        desired.forEach((parameter, wanted) -> {
            if (!same(byName.get(parameter.toLowerCase(Locale.ROOT)), wanted)) {
                changes.put(parameter, wanted);
            }
        });
        return changes;
    }

    /** {@code -Name value} pairs as PowerShell shows them. */
    static String parameters(Map<String, Object> values) {
        List<String> out = new ArrayList<>();
        values.forEach((name, value) -> out.add("-" + name + " " + show(value)));
        return String.join(" ", out);
    }

    private static boolean same(Object current, Object wanted) {
        if (wanted instanceof Collection<?> list) {
            return current instanceof Collection<?> now && normal(now).equals(normal(list));
        }
        if (wanted instanceof String text) {
            return current != null && text.equalsIgnoreCase(String.valueOf(current));
        }
        return Objects.equals(current, wanted);
    }

    private static List<String> normal(Collection<?> values) {
        return values.stream()
                .map(v -> String.valueOf(v).toLowerCase(Locale.ROOT))
                .sorted()
                .toList();
    }

    private static String show(Object value) {
        if (value instanceof Boolean b) {
            return b ? "$true" : "$false";
        }
        if (value instanceof Collection<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        String text = String.valueOf(value);
        return text.contains(" ") || text.contains("<") ? "\"" + text + "\"" : text;
    }
}
