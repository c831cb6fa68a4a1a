package io.fedemu.tenant.ews.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.ews.messages.GetServerTimeZonesType;
import io.fedemu.protocol.ews.types.ExchangeVersionType;
import io.fedemu.protocol.ews.types.NonEmptyArrayOfTimeZoneIdType;
import io.fedemu.protocol.ews.types.RecurringDayTransitionType;
import io.fedemu.protocol.ews.types.RequestServerVersion;
import io.fedemu.protocol.ews.types.TimeZoneDefinitionType;
import io.fedemu.protocol.reason.Reason;
import java.time.LocalTime;
import org.apache.cxf.binding.soap.SoapFault;
import org.junit.jupiter.api.Test;

class ServerTimeZonesTest {

    @Test
    void easternTimeHasTheRuleBefore2007AndTheOneSince() {
        WindowsZoneYears eastern = WindowsZoneYears.of("Eastern Standard Time").orElseThrow();

        assertThat(eastern.rules()).extracting(WindowsZoneYears.YearRule::from).containsExactly(2000, 2007);
        WindowsZoneYears.Daylight since2007 = eastern.rules().get(1).daylight().orElseThrow();
        // Second Sunday of March at 02:00, first Sunday of November at 02:00 (daylight time's wall clock).
        assertThat(since2007.start())
                .isEqualTo(new WindowsZoneYears.Switch(LocalTime.of(2, 0), 3, java.time.DayOfWeek.SUNDAY, 2));
        assertThat(since2007.end())
                .isEqualTo(new WindowsZoneYears.Switch(LocalTime.of(2, 0), 11, java.time.DayOfWeek.SUNDAY, 1));
    }

    @Test
    void aZoneWithoutDaylightTimeIsOneGroupOfOneTransition() {
        TimeZoneDefinitionType tokyo = ServerTimeZones.definition(
                WindowsZoneYears.of("Tokyo Standard Time").orElseThrow(), true);

        assertThat(tokyo.getPeriods().getPeriod()).hasSize(1);
        assertThat(tokyo.getPeriods().getPeriod().get(0).getBias().toString()).isEqualTo("-PT9H");
        assertThat(tokyo.getTransitionsGroups().getTransitionsGroup().get(0).getTransition())
                .singleElement()
                .satisfies(t -> assertThat(t.getValue()).isNotInstanceOf(RecurringDayTransitionType.class));
    }

    @Test
    void beforeExchange2010ThereIsNoGetServerTimeZones() {
        RequestServerVersion version = new RequestServerVersion();
        version.setVersion(ExchangeVersionType.EXCHANGE_2007_SP_1);

        assertThatThrownBy(() -> ServerTimeZones.answer(new GetServerTimeZonesType(), version))
                .isInstanceOfSatisfying(
                        SoapFault.class,
                        fault -> assertThat(fault.getFaultCode().getLocalPart())
                                .isEqualTo("ErrorIncorrectSchemaVersion"))
                .hasMessageContaining("Exchange2010");
        assertThat(Reason.OPERATION_NEEDS_NEWER_VERSION.mailboxResponseCode()).isEqualTo("ErrorIncorrectSchemaVersion");
    }

    @Test
    void idsAreLookedUpIgnoringCase() {
        GetServerTimeZonesType request = new GetServerTimeZonesType();
        request.setIds(new NonEmptyArrayOfTimeZoneIdType());
        request.getIds().getId().add("pacific standard time");
        RequestServerVersion version = new RequestServerVersion();
        version.setVersion(ExchangeVersionType.EXCHANGE_2013);

        var answer = ServerTimeZones.answer(request, version);

        assertThat(answer.getResponseMessages()).isNotNull();
    }
}
