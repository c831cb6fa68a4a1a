package io.fedemu.client.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationshipLinksTest {
    private static final FederationInformation CLOUD =
            new FederationInformation("outlook.com", List.of("contoso.mail.onmicrosoft.com"), List.of());

    private static OrganizationRelationship toCloud() {
        return OrganizationRelationship.named("To contoso cloud", "contoso.mail.onmicrosoft.com")
                .with(RelationshipChanges.builder()
                        .freeBusyAccessEnabled(true)
                        .freeBusyAccessLevel(FreeBusyAccessLevel.LIMITED_DETAILS)
                        .targetApplicationUri("outlook.com")
                        .targetSharingEpr("https://cloud/EWS/Exchange.asmx")
                        .build());
    }

    @Test
    void domainsMatchExactlyIgnoringCase() {
        LinkResult link = RelationshipLinks.requesting(
                "contoso-onprem", List.of(toCloud()), "bob@Contoso.Mail.OnMicrosoft.com", "contoso-cloud", CLOUD);

        assertThat(link.ok()).as(link.format()).isTrue();
        assertThat(link.mark()).isEqualTo("✓");
    }

    @Test
    void aTargetApplicationUriOtherThanThePartnersIsTheAudienceMismatch() {
        OrganizationRelationship wrong = toCloud()
                .with(RelationshipChanges.builder()
                        .targetApplicationUri("FYDIBOHF25SPDLT.contoso.net")
                        .build());

        LinkResult link = RelationshipLinks.requesting(
                "contoso-onprem", List.of(wrong), "bob@contoso.mail.onmicrosoft.com", "contoso-cloud", CLOUD);

        assertThat(link.mark()).isEqualTo("✗");
        assertThat(link.reason()).isEqualTo(Reason.TOKEN_AUDIENCE_MISMATCH);
        assertThat(link.remedy())
                .isEqualTo("run set-organization-relationship --tenant contoso-onprem --identity "
                        + "'To contoso cloud' --target-application-uri outlook.com");
    }

    @Test
    void aReceivingRelationshipAtLevelNoneShowsNothing() {
        OrganizationRelationship none = OrganizationRelationship.named("To contoso on-premises", "contoso.com")
                .with(RelationshipChanges.builder().freeBusyAccessEnabled(true).build());

        LinkResult link =
                RelationshipLinks.receiving("contoso-cloud", List.of(none), "contoso-onprem", "alice@contoso.com");

        assertThat(link.reason()).isEqualTo(Reason.RELATIONSHIP_LEVEL_NONE);
        assertThat(link.format())
                .contains(
                        "✗ organization relationship of the partner: RELATIONSHIP_LEVEL_NONE",
                        "remedy: run set-organization-relationship --tenant contoso-cloud");
    }
}
