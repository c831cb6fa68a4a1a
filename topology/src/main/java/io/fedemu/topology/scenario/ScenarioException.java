package io.fedemu.topology.scenario;

import java.nio.file.Path;

/** A scenario that cannot be used, with where: file, line and the field's path (organizations[0].kind). */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Path file;
    private final int line;
    private final String field;

    public ScenarioException(Path file, int line, String field, String problem) {
        super(file + (line > 0 ? ":" + line : "") + (field == null || field.isEmpty() ? "" : ": " + field) + ": "
                + problem);
        this.file = file;
        this.line = line;
        this.field = field;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String field() {
        return field;
    }
}
