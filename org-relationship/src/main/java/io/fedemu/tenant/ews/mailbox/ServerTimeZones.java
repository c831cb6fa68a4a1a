package io.fedemu.tenant.ews.mailbox;

import io.fedemu.protocol.ews.messages.GetServerTimeZonesResponseMessageType;
import io.fedemu.protocol.ews.messages.GetServerTimeZonesResponseType;
import io.fedemu.protocol.ews.messages.GetServerTimeZonesType;
import io.fedemu.protocol.ews.types.AbsoluteDateTransitionType;
import io.fedemu.protocol.ews.types.ArrayOfTimeZoneDefinitionType;
import io.fedemu.protocol.ews.types.ArrayOfTransitionsGroupsType;
import io.fedemu.protocol.ews.types.ArrayOfTransitionsType;
import io.fedemu.protocol.ews.types.DayOfWeekType;
import io.fedemu.protocol.ews.types.ExchangeVersionType;
import io.fedemu.protocol.ews.types.NonEmptyArrayOfPeriodsType;
import io.fedemu.protocol.ews.types.ObjectFactory;
import io.fedemu.protocol.ews.types.PeriodType;
import io.fedemu.protocol.ews.types.RecurringDayTransitionType;
import io.fedemu.protocol.ews.types.RequestServerVersion;
import io.fedemu.protocol.ews.types.TimeZoneDefinitionType;
import io.fedemu.protocol.ews.types.TransitionTargetKindType;
import io.fedemu.protocol.ews.types.TransitionTargetType;
import io.fedemu.protocol.ews.types.TransitionType;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.ews.EwsFault;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * GetServerTimeZones (Exchange2010 and later): the Windows time zones the server knows, each as a full
 * TimeZoneDefinition (periods, groups of yearly transitions, and when each group applies) or, with
 * ReturnFullTimeZoneData false, only its Id and Name; all of them, or those Ids names (PROTOCOL.md section 16).
 */
final class ServerTimeZones {
    private static final ObjectFactory TYPES = new ObjectFactory();

    private ServerTimeZones() {}

    static GetServerTimeZonesResponseType answer(GetServerTimeZonesType request, RequestServerVersion version) {
        if (version == null
                || version.getVersion() == null
                || version.getVersion().compareTo(ExchangeVersionType.EXCHANGE_2010) < 0) {
            throw EwsFault.of(
                    Reason.OPERATION_NEEDS_NEWER_VERSION,
                    "GetServerTimeZones exists from Exchange2010; the request names "
                            + (version == null || version.getVersion() == null
                                    ? "no RequestServerVersion (Exchange2007)"
                                    : version.getVersion().value())
                            + ".");
        }
        boolean full = request.isReturnFullTimeZoneData() == null || request.isReturnFullTimeZoneData();
        GetServerTimeZonesResponseMessageType message = new GetServerTimeZonesResponseMessageType();
        ArrayOfTimeZoneDefinitionType definitions = new ArrayOfTimeZoneDefinitionType();
        message.setTimeZoneDefinitions(definitions);
        List<WindowsZoneYears> zones = new ArrayList<>();
        if (request.getIds() == null) {
            zones.addAll(WindowsZoneYears.all());
        } else {
            for (String id : request.getIds().getId()) {
                Optional<WindowsZoneYears> zone = WindowsZoneYears.of(id.trim());
                if (zone.isEmpty()) {
                    ResponseMessages.error(
                            message,
                            Reason.TIME_ZONE_ID_UNKNOWN,
                            "The time zone id '" + id + "' is not a Windows time zone id this server knows.");
                    return ResponseMessages.answer(new GetServerTimeZonesResponseType(), message);
                }
                zones.add(zone.get());
            }
        }
        zones.forEach(zone -> definitions.getTimeZoneDefinition().add(definition(zone, full)));
        ResponseMessages.success(message);
        return ResponseMessages.answer(new GetServerTimeZonesResponseType(), message);
    }

    /** The zone as Exchange writes it: periods, then the groups, then the transitions choosing a group by year. */
    static TimeZoneDefinitionType definition(WindowsZoneYears zone, boolean full) {
        TimeZoneDefinitionType definition = new TimeZoneDefinitionType();
        definition.setId(zone.id());
        definition.setName(zone.name());
        if (!full) {
            return definition;
        }
        NonEmptyArrayOfPeriodsType periods = new NonEmptyArrayOfPeriodsType();
        ArrayOfTransitionsGroupsType groups = new ArrayOfTransitionsGroupsType();
        ArrayOfTransitionsType transitions = new ArrayOfTransitionsType();
        List<WindowsZoneYears.YearRule> rules = zone.rules();
        for (int group = 0; group < rules.size(); group++) {
            WindowsZoneYears.YearRule rule = rules.get(group);
            String standard = periodId(zone, rule, "Standard");
            periods.getPeriod().add(period(standard, "Standard", rule.standard()));
            ArrayOfTransitionsType transitionsGroup = new ArrayOfTransitionsType();
            transitionsGroup.setId(Integer.toString(group));
            if (rule.daylight().isPresent()) {
                WindowsZoneYears.Daylight daylight = rule.daylight().get();
                String daylightId = periodId(zone, rule, "Daylight");
                periods.getPeriod().add(period(daylightId, "Daylight", daylight.offset()));
                transitionsGroup
                        .getTransition()
                        .add(TYPES.createRecurringDayTransition(yearly(daylightId, daylight.start())));
                transitionsGroup
                        .getTransition()
                        .add(TYPES.createRecurringDayTransition(yearly(standard, daylight.end())));
            } else {
                TransitionType always = new TransitionType();
                always.setTo(target(TransitionTargetKindType.PERIOD, standard));
                transitionsGroup.getTransition().add(TYPES.createTransition(always));
            }
            groups.getTransitionsGroup().add(transitionsGroup);
            if (group == 0) {
                TransitionType first = new TransitionType();
                first.setTo(target(TransitionTargetKindType.GROUP, "0"));
                transitions.getTransition().add(TYPES.createTransition(first));
            } else {
                AbsoluteDateTransitionType from = new AbsoluteDateTransitionType();
                from.setTo(target(TransitionTargetKindType.GROUP, Integer.toString(group)));
                from.setDateTime(Xml.localDateTime(
                        java.time.LocalDate.of(rule.from(), 1, 1).atStartOfDay()));
                transitions.getTransition().add(TYPES.createAbsoluteDateTransition(from));
            }
        }
        definition.setPeriods(periods);
        definition.setTransitionsGroups(groups);
        definition.setTransitions(transitions);
        return definition;
    }

    /** Exchange's registry-rule ids: "trule:Microsoft/Registry/EasternStandardTime/2007-Daylight". */
    private static String periodId(WindowsZoneYears zone, WindowsZoneYears.YearRule rule, String name) {
        return "trule:Microsoft/Registry/" + zone.id().replace(" ", "") + "/" + rule.from() + "-" + name;
    }

    private static PeriodType period(String id, String name, ZoneOffset offset) {
        PeriodType period = new PeriodType();
        // A Period's Bias is what is added to local time to get UTC: the offset's opposite.
        period.setBias(Xml.duration(-offset.getTotalSeconds()));
        period.setName(name);
        period.setId(id);
        return period;
    }

    private static RecurringDayTransitionType yearly(String periodId, WindowsZoneYears.Switch when) {
        RecurringDayTransitionType transition = new RecurringDayTransitionType();
        transition.setTo(target(TransitionTargetKindType.PERIOD, periodId));
        LocalTime time = when.time();
        transition.setTimeOffset(Xml.duration(time.toSecondOfDay()));
        transition.setMonth(when.month());
        transition.setDayOfWeek(DayOfWeekType.valueOf(when.day().name().toUpperCase(Locale.ROOT)));
        transition.setOccurrence(when.occurrence());
        return transition;
    }

    private static TransitionTargetType target(TransitionTargetKindType kind, String to) {
        TransitionTargetType target = new TransitionTargetType();
        target.setKind(kind);
        target.setValue(to);
        return target;
    }
}
