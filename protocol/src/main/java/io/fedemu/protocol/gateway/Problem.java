package io.fedemu.protocol.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fedemu.protocol.reason.Reason;

/**
 * An admin API error as {@code application/problem+json} (RFC 9457), with {@code reason}: the
 * named rule that refused the request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String reason) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** The problem body of a refusal: its type, title and status come from the reason, the detail varies. */
    public static Problem of(Reason reason, String detail) {
        return new Problem(reason.problemType(), reason.sentence(), reason.httpStatus(), detail, reason.name());
    }
}
