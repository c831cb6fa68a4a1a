package io.fedemu.tenant.availability;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.tenant.directory.DefaultPermission;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AccessLevelTest {
    /** PROTOCOL.md section 4: the lower of the calendar's Default permission and the relationship's level. */
    @ParameterizedTest
    @CsvSource({
        "NONE,                                    LIMITED_DETAILS,   NONE",
        "FREE_BUSY_TIME_ONLY,                     LIMITED_DETAILS,   AVAILABILITY_ONLY",
        "FREE_BUSY_TIME_AND_SUBJECT_AND_LOCATION, LIMITED_DETAILS,   LIMITED_DETAILS",
        "REVIEWER,                                LIMITED_DETAILS,   LIMITED_DETAILS",
        "REVIEWER,                                AVAILABILITY_ONLY, AVAILABILITY_ONLY",
        "FREE_BUSY_TIME_AND_SUBJECT_AND_LOCATION, NONE,              NONE"
    })
    void effectiveAccessIsTheLowerOfPermissionAndRelationship(
            DefaultPermission permission, AccessLevel relationship, AccessLevel expected) {
        assertThat(AccessLevel.effective(permission, relationship)).isEqualTo(expected);
    }
}
