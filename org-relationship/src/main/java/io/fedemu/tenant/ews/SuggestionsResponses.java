package io.fedemu.tenant.ews;

import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.messages.ResponseMessageType;
import io.fedemu.protocol.ews.messages.SuggestionsResponseType;
import io.fedemu.protocol.ews.types.ArrayOfAttendeeConflictData;
import io.fedemu.protocol.ews.types.ArrayOfSuggestion;
import io.fedemu.protocol.ews.types.ArrayOfSuggestionDayResult;
import io.fedemu.protocol.ews.types.AttendeeConflictData;
import io.fedemu.protocol.ews.types.GroupAttendeeConflictData;
import io.fedemu.protocol.ews.types.IndividualAttendeeConflictData;
import io.fedemu.protocol.ews.types.LegacyFreeBusyType;
import io.fedemu.protocol.ews.types.ResponseClassType;
import io.fedemu.protocol.ews.types.SuggestionDayResult;
import io.fedemu.protocol.ews.types.TooBigGroupAttendeeConflictData;
import io.fedemu.protocol.ews.types.UnknownAttendeeConflictData;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.suggestions.ConflictData;
import io.fedemu.tenant.suggestions.Suggestion;
import io.fedemu.tenant.suggestions.SuggestionDay;
import io.fedemu.tenant.suggestions.SuggestionQuality;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

/**
 * Writes SuggestionsResponse (PROTOCOL.md section 12): a ResponseMessage, then SuggestionDayResultArray with one
 * SuggestionDayResult per day of the window (Date, DayQuality, SuggestionArray), each Suggestion with MeetingTime,
 * IsWorkTime, SuggestionQuality and AttendeeConflictDataArray in request order. Times are the requester's local
 * times without an offset, as the free/busy answer writes them.
 */
final class SuggestionsResponses {
    private static final DatatypeFactory DATATYPES = datatypes();
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private SuggestionsResponses() {}

    static SuggestionsResponseType success(List<SuggestionDay> days) {
        ResponseMessageType message = new ResponseMessageType();
        message.setResponseClass(ResponseClassType.SUCCESS);
        message.setResponseCode(ResponseCodeType.NO_ERROR);
        ArrayOfSuggestionDayResult array = new ArrayOfSuggestionDayResult();
        days.forEach(day -> array.getSuggestionDayResult().add(day(day)));
        SuggestionsResponseType response = new SuggestionsResponseType();
        response.setResponseMessage(message);
        response.setSuggestionDayResultArray(array);
        return response;
    }

    /** The suggestions part failed (the free/busy part stands): its ResponseMessage and no days. */
    static SuggestionsResponseType error(Reason reason, String text) {
        SuggestionsResponseType response = new SuggestionsResponseType();
        response.setResponseMessage(FreeBusyResponses.errorMessage(reason, text));
        return response;
    }

    private static SuggestionDayResult day(SuggestionDay day) {
        SuggestionDayResult wire = new SuggestionDayResult();
        wire.setDate(local(day.date().atStartOfDay()));
        wire.setDayQuality(quality(day.quality()));
        ArrayOfSuggestion suggestions = new ArrayOfSuggestion();
        day.suggestions().forEach(suggestion -> suggestions.getSuggestion().add(suggestion(suggestion)));
        wire.setSuggestionArray(suggestions);
        return wire;
    }

    private static io.fedemu.protocol.ews.types.Suggestion suggestion(Suggestion suggestion) {
        io.fedemu.protocol.ews.types.Suggestion wire = new io.fedemu.protocol.ews.types.Suggestion();
        wire.setMeetingTime(local(suggestion.meetingTime()));
        wire.setIsWorkTime(suggestion.workTime());
        wire.setSuggestionQuality(quality(suggestion.quality()));
        ArrayOfAttendeeConflictData conflicts = new ArrayOfAttendeeConflictData();
        suggestion
                .conflicts()
                .forEach(conflict -> conflicts
                        .getUnknownAttendeeConflictDataOrIndividualAttendeeConflictDataOrTooBigGroupAttendeeConflictData()
                        .add(conflict(conflict)));
        wire.setAttendeeConflictDataArray(conflicts);
        return wire;
    }

    private static AttendeeConflictData conflict(ConflictData conflict) {
        if (conflict instanceof ConflictData.Individual individual) {
            IndividualAttendeeConflictData wire = new IndividualAttendeeConflictData();
            // WorkingElsewhere is available (PROTOCOL.md 12), and Free is a status every schema version knows.
            wire.setBusyType(
                    switch (individual.busyType()) {
                        case TENTATIVE -> LegacyFreeBusyType.TENTATIVE;
                        case BUSY -> LegacyFreeBusyType.BUSY;
                        case OOF -> LegacyFreeBusyType.OOF;
                        case NO_DATA -> LegacyFreeBusyType.NO_DATA;
                        default -> LegacyFreeBusyType.FREE;
                    });
            return wire;
        }
        if (conflict instanceof ConflictData.Group group) {
            GroupAttendeeConflictData wire = new GroupAttendeeConflictData();
            wire.setNumberOfMembers(group.members());
            wire.setNumberOfMembersAvailable(group.available());
            wire.setNumberOfMembersWithConflict(group.withConflict());
            wire.setNumberOfMembersWithNoData(group.withNoData());
            return wire;
        }
        if (conflict instanceof ConflictData.TooBigGroup) {
            return new TooBigGroupAttendeeConflictData();
        }
        return new UnknownAttendeeConflictData();
    }

    private static io.fedemu.protocol.ews.types.SuggestionQuality quality(SuggestionQuality quality) {
        return io.fedemu.protocol.ews.types.SuggestionQuality.valueOf(quality.name());
    }

    private static XMLGregorianCalendar local(LocalDateTime time) {
        return DATATYPES.newXMLGregorianCalendar(LOCAL.format(time));
    }

    private static DatatypeFactory datatypes() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("the JDK has no XML datatype factory", e);
        }
    }
}
