package io.fedemu.emulator.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.fedemu.client.Json;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** {@code --json}: the same data a cmdlet prints as a list or table, for scripts. */
final class OutputOptions {
    private static final ObjectMapper JSON = Json.strict().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--json", description = "Print the result as JSON instead of Format-List/Format-Table text.")
    boolean json;

    boolean json() {
        return json;
    }

    static void printJson(PrintWriter out, Object value) {
        try {
            out.println(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialize " + value.getClass().getSimpleName(), e);
        }
        out.flush();
    }

    /** Whichever the user asked for: JSON, or Format-List of each value. */
    void print(PrintWriter out, Object value) {
        if (json) {
            printJson(out, value);
        } else {
            FormatList.print(out, value);
        }
    }
}
