package io.fedemu.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration every fedemu role and client uses: ISO-8601 instants, no surprises. */
public final class Json {
    private Json() {}

    /** For servers: unknown fields are an error, so a typo in an admin request is named, not ignored. */
    public static ObjectMapper strict() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** For clients: a newer server may add fields. */
    public static ObjectMapper lenient() {
        return strict().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
