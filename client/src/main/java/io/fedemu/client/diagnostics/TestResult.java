package io.fedemu.client.diagnostics;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * One line of Test-FederationTrust or Test-OrganizationRelationship output, as Exchange prints it:
 * {@code Id}, {@code Type} (Success, Warning or Error) and {@code Message}.
 */
public record TestResult(String id, Type type, String message) {

    /** Exchange's result types; Warning is worth a look, Error breaks free/busy. */
    public enum Type {
        SUCCESS("Success"),
        WARNING("Warning"),
        ERROR("Error");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        @JsonValue
        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static TestResult success(String id, String message) {
        return new TestResult(id, Type.SUCCESS, message);
    }

    public static TestResult warning(String id, String message) {
        return new TestResult(id, Type.WARNING, message);
    }

    public static TestResult error(String id, String message) {
        return new TestResult(id, Type.ERROR, message);
    }

    /** Format-List style, as the cmdlet prints one result. */
    public String format() {
        String nl = System.lineSeparator();
        return "Id      : " + id + nl + "Type    : " + type.label() + nl + "Message : " + message;
    }
}
