package io.fedemu.tenant.owa;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages, as jmustache templates beside this class ({@code *.mustache}), compiled once. HTML escaping is on for
 * every {@code {{value}}} and the templates use no triple mustaches, so nothing a user or a scenario wrote (a display
 * name, a subject) reaches the page as markup.
 */
final class OwaPages {
    private static final Mustache.Compiler COMPILER =
            Mustache.compiler().escapeHTML(true).defaultValue("").withLoader(name -> reader(name + ".mustache"));

    private static final Map<String, Template> TEMPLATES = new ConcurrentHashMap<>();

    private OwaPages() {}

    static String render(String page, Map<String, Object> data) {
        return TEMPLATES
                .computeIfAbsent(page, name -> {
                    try (var reader = reader(name + ".mustache")) {
                        return COMPILER.compile(reader);
                    } catch (java.io.IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .execute(data);
    }

    private static InputStreamReader reader(String resource) {
        InputStream in = OwaPages.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no template " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
