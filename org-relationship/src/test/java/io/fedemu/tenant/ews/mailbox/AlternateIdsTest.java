package io.fedemu.tenant.ews.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.ews.types.IdFormatType;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AlternateIdsTest {
    private static final String ERIN = "erin@fabrikam.com";
    private static final StoreObjectId ITEM = StoreObjectId.item(ERIN, "board-meeting@fabrikam.com");
    private static final StoreObjectId OCCURRENCE =
            StoreObjectId.occurrence(ERIN, "planning@fabrikam.com", Instant.parse("2026-11-30T20:00:00Z"));

    @ParameterizedTest
    @EnumSource(IdFormatType.class)
    void everyFormatReadsBackWhatItWrote(IdFormatType format) {
        for (StoreObjectId id : new StoreObjectId[] {ITEM, StoreObjectId.calendar(ERIN)}) {
            assertThat(AlternateIds.read(AlternateIds.write(id, format, ERIN), format)
                            .id())
                    .isEqualTo(id);
        }
    }

    @Test
    void anEwsIdLooksLikeExchangesAndKeepsTheOccurrence() {
        String ewsId = AlternateIds.ewsId(OCCURRENCE);

        // 00 (not compressed), 03 (mailbox-GUID based), 0x0024 (a GUID's 36 characters): Exchange's "AAMkA".
        assertThat(ewsId).startsWith("AAMkA");
        assertThat(AlternateIds.read(ewsId, IdFormatType.EWS_ID).id()).isEqualTo(OCCURRENCE);
        assertThat(AlternateIds.read(
                                AlternateIds.write(OCCURRENCE, IdFormatType.EWS_LEGACY_ID, ERIN),
                                IdFormatType.EWS_LEGACY_ID)
                        .legacyMailbox())
                .isEqualTo(ERIN);
    }

    @Test
    void theMapiFormatsNameTheSeriesOfAnOccurrence() {
        String entryId = AlternateIds.write(OCCURRENCE, IdFormatType.ENTRY_ID, ERIN);

        assertThat(AlternateIds.read(entryId, IdFormatType.ENTRY_ID).id()).isEqualTo(OCCURRENCE.master());
        assertThat(AlternateIds.write(ITEM, IdFormatType.HEX_ENTRY_ID, ERIN)).hasSize(140);
    }

    @Test
    void anIdOfAnotherFormatOrNoIdAtAllIsMalformed() {
        String legacy = AlternateIds.write(ITEM, IdFormatType.EWS_LEGACY_ID, ERIN);

        assertThatThrownBy(() -> AlternateIds.read(legacy, IdFormatType.EWS_ID))
                .isInstanceOf(AlternateIds.MalformedIdException.class)
                .hasMessageContaining("EwsLegacyId");
        assertThatThrownBy(() -> AlternateIds.read("not an id", IdFormatType.EWS_ID))
                .hasMessageContaining("not base64");
        assertThatThrownBy(() -> AlternateIds.read("AAMk", IdFormatType.EWS_ID)).hasMessageContaining("ends too early");
        assertThatThrownBy(() -> AlternateIds.read("0A0B", IdFormatType.HEX_ENTRY_ID))
                .hasMessageContaining("46 (folder) or 70 (item) bytes");
    }
}
