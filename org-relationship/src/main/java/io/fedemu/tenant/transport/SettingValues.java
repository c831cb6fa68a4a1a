package io.fedemu.tenant.transport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changes of one Set- cmdlet, by parameter name (as JSON or the scenario writes them: {@code requireTls},
 * {@code RequireTLS}, {@code require-tls} are one), read with the types Exchange's parameters have. An unknown
 * parameter or a value of the wrong type is refused naming the field.
 */
final class SettingValues {
    private static final Pattern HOST =
            Pattern.compile("(\\*\\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern TLS_CERTIFICATE_NAME = Pattern.compile("<I>.+<S>.+", Pattern.DOTALL);

    private final Map<String, Object> values;

    private SettingValues(Map<String, Object> values) {
        this.values = values;
    }

    /** {@code changes} for an object whose parameters are {@code parameters} (Exchange's spelling). */
    static SettingValues of(Map<String, Object> changes, String what, List<String> parameters) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, Object> change : (changes == null ? Map.<String, Object>of() : changes).entrySet()) {
            String known = parameters.stream()
                    .filter(p -> key(p).equals(key(change.getKey())))
                    .findFirst()
                    .orElseThrow(() -> ConnectorSettingRefused.invalid(
                            change.getKey(), "not a parameter of " + what + "; its parameters are " + parameters));
            values.put(known, change.getValue());
        }
        return new SettingValues(values);
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    boolean bool(String field, boolean current) {
        if (!values.containsKey(field)) {
            return current;
        }
        Object v = values.get(field);
        if (v instanceof Boolean b) {
            return b;
        }
        String text = v == null ? "" : v.toString().trim().replace("$", "").toLowerCase(Locale.ROOT);
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ConnectorSettingRefused.invalid(field, "must be $true or $false, got " + v);
        };
    }

    /** A text value; {@code $null} or empty clears it where {@code nullable}. */
    String text(String field, String current, boolean nullable) {
        if (!values.containsKey(field)) {
            return current;
        }
        Object v = values.get(field);
        String text = v == null ? "" : v.toString().trim();
        if (text.isEmpty() || text.equalsIgnoreCase("$null")) {
            if (!nullable) {
                throw ConnectorSettingRefused.invalid(field, "must not be empty");
            }
            return null;
        }
        return text;
    }

    /** A host or domain name (a leading {@code *.} allowed where {@code wildcard}). */
    String host(String field, String current, boolean nullable, boolean wildcard) {
        String text = text(field, current, nullable);
        if (text == null || text.equals(current)) {
            return text;
        }
        checkHost(field, text, wildcard);
        return text.toLowerCase(Locale.ROOT);
    }

    String tlsCertificateName(String field, String current) {
        String text = text(field, current, true);
        if (text != null
                && !text.equals(current)
                && !TLS_CERTIFICATE_NAME.matcher(text).matches()) {
            throw ConnectorSettingRefused.invalid(field, "must be <I>issuer<S>subject, got " + text);
        }
        return text;
    }

    /** A multi-valued parameter: a JSON list or a comma-separated text. */
    List<String> list(String field, List<String> current) {
        if (!values.containsKey(field)) {
            return current;
        }
        Object v = values.get(field);
        List<String> items = new ArrayList<>();
        if (v instanceof List<?> list) {
            list.forEach(item -> items.add(item == null ? "" : item.toString().trim()));
        } else if (v != null && !v.toString().isBlank() && !v.toString().trim().equalsIgnoreCase("$null")) {
            Arrays.stream(v.toString().split(",")).map(String::trim).forEach(items::add);
        }
        if (items.stream().anyMatch(String::isEmpty)) {
            throw ConnectorSettingRefused.invalid(field, "holds an empty value");
        }
        return List.copyOf(items);
    }

    List<String> hosts(String field, List<String> current, boolean wildcard) {
        List<String> hosts = list(field, current);
        if (hosts != current) {
            hosts.forEach(h -> checkHost(field, h, wildcard));
            return hosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        }
        return hosts;
    }

    /** One of {@code allowed} (Exchange's spelling, matched case-insensitively); {@code $null} where nullable. */
    Optional<String> choice(String field, String current, List<String> allowed, boolean nullable) {
        String text = text(field, current, nullable);
        if (text == null) {
            return Optional.empty();
        }
        return Optional.of(allowed.stream()
                .filter(a -> a.equalsIgnoreCase(text))
                .findFirst()
                .orElseThrow(
                        () -> ConnectorSettingRefused.invalid(field, "must be one of " + allowed + ", got " + text)));
    }

    /** A size in bytes, or with KB, MB or GB as Exchange writes it ({@code 36MB}). */
    int size(String field, int current) {
        if (!values.containsKey(field)) {
            return current;
        }
        Object v = values.get(field);
        Matcher m = SIZE.matcher(v == null ? "" : v.toString().trim());
        if (!m.matches()) {
            throw ConnectorSettingRefused.invalid(field, "must be a size such as 36MB or 37748736, got " + v);
        }
        long unit = switch (m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT)) {
            case "KB" -> 1024L;
            case "MB" -> 1024L * 1024;
            case "GB" -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        long bytes;
        try {
            bytes = Math.multiplyExact(Long.parseLong(m.group(1)), unit);
        } catch (ArithmeticException | NumberFormatException e) {
            bytes = Long.MAX_VALUE;
        }
        if (bytes < 1 || bytes > Integer.MAX_VALUE) {
            throw ConnectorSettingRefused.invalid(field, "must be between 1 byte and 2 GB, got " + v);
        }
        return (int) bytes;
    }

    static void checkHost(String field, String host, boolean wildcard) {
        String h = host.toLowerCase(Locale.ROOT);
        Matcher m = HOST.matcher(h);
        if (!m.matches() || h.length() > 253 || (!wildcard && m.group(1) != null)) {
            throw ConnectorSettingRefused.invalid(field, "'" + host + "' is not a valid host or domain name");
        }
    }

    private static String key(String name) {
        return name.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
