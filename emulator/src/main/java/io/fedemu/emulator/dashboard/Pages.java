package io.fedemu.emulator.dashboard;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dashboard's templates (jmustache, HTML escaping on: every value a page shows is escaped, whoever chose it),
 * compiled once from the classpath. A page is its body template inside {@code frame.mustache}.
 */
final class Pages {
    private static final String FOLDER = "/io/fedemu/emulator/dashboard/";

    private final Mustache.Compiler compiler = Mustache.compiler()
            .escapeHTML(true)
            .defaultValue("")
            // Absent, null and empty all read as false in a section: {{#reason}} shows only a reason there is.
            .emptyStringIsFalse(true)
            .withLoader(name -> reader(name + ".mustache"));
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    /** A whole page: {@code name}'s template with {@code model}, framed and titled. */
    String page(String title, String name, Map<String, Object> model) {
        Map<String, Object> frame = new HashMap<>();
        frame.put("title", title);
        frame.put("body", fragment(name, model));
        return fragment("frame", frame);
    }

    /** One template alone (an SSE row, the SVG). */
    String fragment(String name, Object model) {
        return templates
                .computeIfAbsent(name, n -> compiler.compile(reader(n + ".mustache")))
                .execute(model);
    }

    private static InputStreamReader reader(String file) {
        InputStream in = Pages.class.getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new UncheckedIOException(new IOException("no dashboard template " + file));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
