package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.SuggestionsResponseType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.suggestions.MeetingSuggestions;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The SuggestionsResponse of a request (PROTOCOL.md section 12), computed on the side the client asked, from the
 * FreeBusyResponses it gathered for the suggestions' window. An option out of range fails this part only, with
 * ErrorMeetingSuggestionGenerationFailed; the free/busy part of the same request is answered as usual.
 */
public final class MeetingSuggestionsAnswer {
    private final MeetingSuggestions engine = new MeetingSuggestions();

    /**
     * @param asked   the free/busy request the answers are for (its zone, window and merged interval)
     * @param answers one FreeBusyResponse per attendee, in request order, and the groups this organization expanded;
     *                asked for only when suggestions are made
     */
    public SuggestionsResponseType answer(
            SuggestionsRequest request, AvailabilityRequest asked, Supplier<ReceivedAnswers> answers) {
        Optional<String> outOfRange = request.options().outOfRange();
        if (outOfRange.isPresent()) {
            Reason reason = Reason.SUGGESTIONS_OPTION_OUT_OF_RANGE;
            return SuggestionsResponses.error(reason, reason.sentence() + " " + outOfRange.get());
        }
        ReceivedAnswers received = answers.get();
        return SuggestionsResponses.success(engine.suggest(
                ReceivedFreeBusy.attendees(received.inOrder(), received.groups(), request.mailboxes(), asked),
                request.options(),
                asked.zone()));
    }
}
