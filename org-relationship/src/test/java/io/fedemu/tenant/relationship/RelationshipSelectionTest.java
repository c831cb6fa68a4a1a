package io.fedemu.tenant.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Requesting side: which relationship the tenant asks a partner through, and why it cannot (PROTOCOL.md 4). */
class RelationshipSelectionTest {
    static final OrganizationRelationship USABLE = RelationshipStoreTest.FABRIKAM;

    @Test
    void anEnabledRelationshipWithFreeBusyAUriAndAnEndpointIsSelected() {
        RelationshipSelection selection = RelationshipSelection.of(Optional.of(USABLE));

        assertThat(selection.selected()).isTrue();
        assertThat(selection.outcome().responseCode()).isEqualTo("NoError");
        assertThat(selection.relationship()).hasValue(USABLE);
    }

    @Test
    void theSharingEndpointAloneIsEnough() {
        OrganizationRelationship sharingOnly = USABLE.with(RelationshipChanges.builder()
                .targetAutodiscoverEpr("")
                .targetSharingEpr("https://mail.fabrikam.com/EWS/Exchange.asmx")
                .build());

        assertThat(RelationshipSelection.of(Optional.of(sharingOnly)).outcome()).isEqualTo(SelectionOutcome.SELECTED);
    }

    @Test
    void noRelationshipForTheDomainIsAnUnknownAddressSpace() {
        RelationshipSelection selection = RelationshipSelection.of(Optional.empty());

        assertThat(selection.outcome()).isEqualTo(SelectionOutcome.NO_RELATIONSHIP);
        assertThat(selection.outcome().responseCode()).isEqualTo("ErrorAddressSpaceNotFound");
        assertThat(selection.relationship()).isEmpty();
    }

    @Test
    void eachMissingPieceHasItsOwnReasonUnderExchangesResponseCode() {
        assertOutcome(RelationshipChanges.builder().enabled(false), SelectionOutcome.RELATIONSHIP_DISABLED);
        assertOutcome(RelationshipChanges.builder().freeBusyAccessEnabled(false), SelectionOutcome.FREE_BUSY_DISABLED);
        assertOutcome(
                RelationshipChanges.builder().targetApplicationUri(""), SelectionOutcome.NO_TARGET_APPLICATION_URI);
        assertOutcome(RelationshipChanges.builder().targetAutodiscoverEpr(""), SelectionOutcome.NO_TARGET_ENDPOINT);
    }

    @Test
    void forTargetLooksTheDomainUpInTheStoreIgnoringCase(@TempDir Path home) {
        RelationshipStore store = new RelationshipStore(home, List.of(USABLE));

        assertThat(RelationshipSelection.forTarget(store, "FABRIKAM.com").selected())
                .isTrue();
        assertThat(RelationshipSelection.forTarget(store, "contoso.com").outcome())
                .isEqualTo(SelectionOutcome.NO_RELATIONSHIP);
    }

    @Test
    void everyOutcomeUsesARealResponseCodeAndHasASentence() {
        List<String> known =
                List.of("NoError", "ErrorAddressSpaceNotFound", "ErrorInvalidOrganizationRelationshipForFreeBusy");
        for (SelectionOutcome outcome : SelectionOutcome.values()) {
            assertThat(known).contains(outcome.responseCode());
            assertThat(outcome.sentence()).endsWith(".");
        }
    }

    private static void assertOutcome(RelationshipChanges.Builder change, SelectionOutcome expected) {
        RelationshipSelection selection = RelationshipSelection.of(Optional.of(USABLE.with(change.build())));
        assertThat(selection.outcome()).isEqualTo(expected);
        assertThat(selection.outcome().responseCode()).isEqualTo("ErrorInvalidOrganizationRelationshipForFreeBusy");
        assertThat(selection.selected()).isFalse();
        assertThat(selection.relationship()).isPresent();
    }
}
