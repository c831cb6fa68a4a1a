package io.fedemu.tenant.availability;

import java.util.Optional;

/**
 * EWS CalendarEventDetails as the caller may see them: ID, Subject and Location are empty when the access level
 * withholds them and always empty for a private item (PROTOCOL.md section 2); the flags are always present.
 */
public record EventDetails(
        Optional<String> id,
        Optional<String> subject,
        Optional<String> location,
        boolean isMeeting,
        boolean isRecurring,
        boolean isException,
        boolean isReminderSet,
        boolean isPrivate) {}
