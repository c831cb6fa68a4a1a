package io.fedemu.protocol.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An admin API error as {@code application/problem+json} (RFC 9457), with {@code reason}: the
 * named rule that refused the request.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String reason) {
    public static final String MEDIA_TYPE = "application/problem+json";
}
