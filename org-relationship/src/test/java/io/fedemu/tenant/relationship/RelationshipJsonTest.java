package io.fedemu.tenant.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fedemu.client.Json;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.MailTipsAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import org.junit.jupiter.api.Test;

/** The wire shape of organization relationships (protocol package), as the admin API and the state file use it. */
class RelationshipJsonTest {
    final ObjectMapper json = Json.strict();

    @Test
    void absentFieldsTakeNewOrganizationRelationshipsDefaults() throws Exception {
        OrganizationRelationship read = json.readValue(
                "{\"name\": \"Fabrikam\", \"domainNames\": [\"fabrikam.com\"]}", OrganizationRelationship.class);

        assertThat(read).isEqualTo(OrganizationRelationship.named("Fabrikam", "fabrikam.com"));
        assertThat(read.enabled()).isTrue();
        assertThat(read.freeBusyAccessEnabled()).isFalse();
        assertThat(read.freeBusyAccessLevel()).isEqualTo(FreeBusyAccessLevel.NONE);
        assertThat(read.mailTipsAccessLevel()).isEqualTo(MailTipsAccessLevel.NONE);
    }

    @Test
    void levelsUseExchangesNamesAndEveryParameterIsWritten() throws Exception {
        OrganizationRelationship relationship = OrganizationRelationship.named("Fabrikam", "fabrikam.com")
                .with(RelationshipChanges.builder()
                        .freeBusyAccessEnabled(true)
                        .freeBusyAccessLevel(FreeBusyAccessLevel.AVAILABILITY_ONLY)
                        .mailTipsAccessLevel(MailTipsAccessLevel.LIMITED)
                        .build());

        JsonNode written = json.readTree(json.writeValueAsString(relationship));

        assertThat(written.get("freeBusyAccessLevel").asText()).isEqualTo("AvailabilityOnly");
        assertThat(written.get("mailTipsAccessLevel").asText()).isEqualTo("Limited");
        assertThat(written.get("freeBusyAccessScope").isNull()).isTrue();
        assertThat(iterable(written.fieldNames()))
                .containsExactly(
                        "name",
                        "domainNames",
                        "enabled",
                        "freeBusyAccessEnabled",
                        "freeBusyAccessLevel",
                        "freeBusyAccessScope",
                        "targetApplicationUri",
                        "targetAutodiscoverEpr",
                        "targetSharingEpr",
                        "targetOwaUrl",
                        "mailboxMoveEnabled",
                        "deliveryReportEnabled",
                        "mailTipsAccessEnabled",
                        "mailTipsAccessLevel",
                        "mailTipsAccessScope",
                        "photosEnabled",
                        "archiveAccessEnabled",
                        "organizationContact");
        assertThat(json.readValue(json.writeValueAsString(relationship), OrganizationRelationship.class))
                .isEqualTo(relationship);
    }

    @Test
    void levelNamesIgnoreCaseAndUnknownOnesAreRefused() throws Exception {
        assertThat(json.readValue("{\"freeBusyAccessLevel\": \"limiteddetails\"}", RelationshipChanges.class)
                        .freeBusyAccessLevel())
                .isEqualTo(FreeBusyAccessLevel.LIMITED_DETAILS);
        assertThatThrownBy(() -> json.readValue("{\"freeBusyAccessLevel\": \"Reviewer\"}", RelationshipChanges.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("None, AvailabilityOnly or LimitedDetails");
        assertThatThrownBy(() -> json.readValue(
                        "{\"name\": \"x\", \"freeBusyAcessLevel\": \"None\"}", OrganizationRelationship.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("freeBusyAcessLevel");
    }

    @Test
    void changesCarryOnlyWhatChanges() throws Exception {
        RelationshipChanges changes = RelationshipChanges.builder()
                .enabled(false)
                .freeBusyAccessScope("")
                .build();

        assertThat(json.writeValueAsString(changes)).isEqualTo("{\"enabled\":false,\"freeBusyAccessScope\":\"\"}");
        assertThat(json.readValue("{}", RelationshipChanges.class))
                .isEqualTo(RelationshipChanges.builder().build());
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
