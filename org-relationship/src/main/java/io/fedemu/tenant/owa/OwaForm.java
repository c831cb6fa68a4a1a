package io.fedemu.tenant.owa;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@code application/x-www-form-urlencoded} body read within bounds: at most {@link #MAX_BYTES} bytes and
 * {@link #MAX_FIELDS} fields, so a hostile post costs bounded work. A field given twice is refused (which value would
 * count is ambiguous).
 */
record OwaForm(Map<String, String> fields) {
    static final int MAX_BYTES = 8 * 1024;
    static final int MAX_FIELDS = 32;

    /** Why a body is not a form fedemu reads; the 4xx page names it. */
    static final class Refusal extends Exception {
        private final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    static OwaForm read(String contentType, InputStream body) throws Refusal {
        if (contentType == null
                || !contentType.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw new Refusal(415, "the body must be an HTML form (application/x-www-form-urlencoded)");
        }
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw new Refusal(400, "the form could not be read");
        }
        if (bytes.length > MAX_BYTES) {
            throw new Refusal(413, "the form is larger than " + MAX_BYTES + " bytes");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isEmpty()) {
            return new OwaForm(fields);
        }
        for (String pair : text.split("&", -1)) {
            if (fields.size() >= MAX_FIELDS) {
                throw new Refusal(400, "the form has more than " + MAX_FIELDS + " fields");
            }
            int equals = pair.indexOf('=');
            String name;
            String value;
            try {
                name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw new Refusal(400, "the form is not validly URL-encoded");
            }
            if (fields.putIfAbsent(name, value) != null) {
                throw new Refusal(400, "the form gives the field '" + name + "' twice");
            }
        }
        return new OwaForm(fields);
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(fields.get(name)).filter(value -> !value.isBlank());
    }

    String required(String name) throws Refusal {
        return optional(name).orElseThrow(() -> new Refusal(400, "the form has no '" + name + "' field"));
    }
}
