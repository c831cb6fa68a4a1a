package io.fedemu.tenant.transport.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Report ids: opaque, round-tripping (across a restart), refused when altered, foreign or absurd. */
class MessageTrackingReportIdsTest {
    @TempDir
    Path home;

    @Test
    void anIdRoundTripsAndSurvivesARestart() {
        String id = MessageTrackingReportIds.of("contoso", home).issue(42, "<m@contoso.com>", "EX2013-01");

        assertThat(id).startsWith("v1.").doesNotContain("contoso.com");
        assertThat(MessageTrackingReportIds.of("contoso", home).read(id))
                .contains(new MessageTrackingReportIds.ReportId("contoso", 42, "<m@contoso.com>", "EX2013-01"));
    }

    @Test
    void anAlteredIdIsRefused() {
        MessageTrackingReportIds ids = MessageTrackingReportIds.of("contoso", home);
        String id = ids.issue(42, "<m@contoso.com>", "EX2013-01");
        String[] parts = id.split("\\.");
        String otherPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"organization\":\"contoso\",\"internalId\":43,\"messageId\":\"x\",\"server\":\"s\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(ids.read(parts[0] + "." + otherPayload + "." + parts[2])).isEmpty();
        // A character of the signature's start: the last one may carry only padding bits that decode the same.
        int at = id.lastIndexOf('.') + 1;
        String altered = id.substring(0, at) + (id.charAt(at) == 'A' ? 'B' : 'A') + id.substring(at + 1);
        assertThat(ids.read(altered)).isEmpty();
    }

    @Test
    void anotherOrganizationsIdIsRefusedEvenWithTheSameName() {
        String theirs = MessageTrackingReportIds.of("contoso", null).issue(1, "<m@x>", "s");

        assertThat(MessageTrackingReportIds.of("contoso", home).read(theirs)).isEmpty();
        assertThat(MessageTrackingReportIds.of("fabrikam", home)
                        .read(MessageTrackingReportIds.of("contoso", home).issue(1, "<m@x>", "s")))
                .isEmpty();
    }

    @Test
    void garbageIsRefusedWithoutBeingRead() {
        MessageTrackingReportIds ids = MessageTrackingReportIds.of("contoso", home);

        assertThat(ids.read(null)).isEmpty();
        assertThat(ids.read("x".repeat(MessageTrackingReportIds.MAX_LENGTH + 1)))
                .isEmpty();
        assertThat(ids.read("v1..")).isEmpty();
        assertThat(ids.read("v2.a.b")).isEmpty();
        assertThat(ids.read("v1.!!!.???")).isEmpty();
    }
}
