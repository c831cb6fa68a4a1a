package io.fedemu.tenant.mailtips;

import io.fedemu.protocol.ews.types.ExternalAudience;
import io.fedemu.protocol.ews.types.OofState;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.AutomaticReplies;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * The checks automatic replies pass wherever they are set (EWS SetUserOofSettings, the admin API, the scenario):
 * Scheduled needs a window whose end is after its start, as Exchange answers ErrorInvalidScheduledOofDuration.
 */
public final class OofRules {
    private OofRules() {}

    /** A refused setting: the reason decides the wire answer (an EWS code or a problem body). */
    public static final class OofRefusedException extends RuntimeException {
        private final Reason reason;

        public OofRefusedException(Reason reason, String message) {
            super(message);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** The settings as they are stored, or the refusal with {@code refusal} (EWS's or the admin API's reason). */
    public static OofSettings check(OofSettings settings, Reason refusal) {
        if (settings.state() == OofState.SCHEDULED) {
            if (settings.start() == null || settings.end() == null) {
                throw new OofRefusedException(refusal, "Scheduled automatic replies need a start and an end time.");
            }
            if (!settings.end().isAfter(settings.start())) {
                throw new OofRefusedException(
                        refusal,
                        "The end time " + settings.end() + " is not after the start time " + settings.start() + ".");
            }
        }
        return settings;
    }

    /** The admin API's JSON (Set-MailboxAutoReplyConfiguration's names), checked. */
    public static OofSettings fromAdmin(AutomaticReplies body) {
        Reason invalid = Reason.AUTOMATIC_REPLIES_INVALID;
        if (body == null) {
            throw new OofRefusedException(invalid, "the body is missing");
        }
        OofState state = parse(
                body.autoReplyState() == null ? "Disabled" : body.autoReplyState(),
                "autoReplyState",
                OofState::fromValue);
        ExternalAudience audience = parse(
                body.externalAudience() == null ? "All" : body.externalAudience(),
                "externalAudience",
                ExternalAudience::fromValue);
        return check(
                new OofSettings(
                        state,
                        audience,
                        time(body.startTime(), "startTime"),
                        time(body.endTime(), "endTime"),
                        body.internalMessage(),
                        body.externalMessage()),
                invalid);
    }

    /** The admin API's view of stored settings. */
    public static AutomaticReplies toAdmin(OofSettings settings) {
        return new AutomaticReplies(
                settings.state().value(),
                settings.externalAudience().value(),
                settings.start() == null ? null : settings.start().toString(),
                settings.end() == null ? null : settings.end().toString(),
                settings.internalReply(),
                settings.externalReply());
    }

    private static <T> T parse(String value, String field, java.util.function.Function<String, T> reader) {
        try {
            return reader.apply(value.trim());
        } catch (IllegalArgumentException e) {
            throw new OofRefusedException(
                    Reason.AUTOMATIC_REPLIES_INVALID,
                    field + ": '" + shorten(value) + "' is not a value Exchange takes");
        }
    }

    private static Instant time(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new OofRefusedException(
                    Reason.AUTOMATIC_REPLIES_INVALID,
                    field + ": '" + shorten(value) + "' is not an ISO-8601 date-time with an offset");
        }
    }

    private static String shorten(String value) {
        String printable = value.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "..." : printable;
    }
}
