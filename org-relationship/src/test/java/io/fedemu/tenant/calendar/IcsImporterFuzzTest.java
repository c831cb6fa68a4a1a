package io.fedemu.tenant.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Any bytes given to the {@code .ics} importer either become calendar items or are refused with a
 * {@link CalendarImportException}; no other exception, no hang. The committed corpus runs in every build
 * (docs/reference/fuzzing.md); {@code JAZZER_FUZZ=1} fuzzes.
 */
class IcsImporterFuzzTest {
    private static final IcsImporter IMPORTER = new IcsImporter(ZoneId.of("Europe/London"));

    @FuzzTest(maxDuration = "60s")
    @Timeout(10)
    void importsOrRefusesWithACalendarImportException(byte[] ics) {
        List<CalendarEvent> events;
        try {
            events = IMPORTER.read(new ByteArrayInputStream(ics));
        } catch (CalendarImportException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(events).doesNotContainNull();
    }
}
