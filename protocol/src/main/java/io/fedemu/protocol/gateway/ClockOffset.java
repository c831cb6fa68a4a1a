package io.fedemu.protocol.gateway;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A role's clock offset from real time; {@code now} is the role's time after the offset (read only). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ClockOffset(long offsetSeconds, Instant now) {}
