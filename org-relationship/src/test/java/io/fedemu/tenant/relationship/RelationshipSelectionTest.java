package io.fedemu.tenant.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.reason.Reason;
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
        assertThat(selection.refusal()).isEmpty();
        assertThat(selection.relationship()).hasValue(USABLE);
    }

    @Test
    void theSharingEndpointAloneIsEnough() {
        OrganizationRelationship sharingOnly = USABLE.with(RelationshipChanges.builder()
                .targetAutodiscoverEpr("")
                .targetSharingEpr("https://mail.fabrikam.com/EWS/Exchange.asmx")
                .build());

        assertThat(RelationshipSelection.of(Optional.of(sharingOnly)).refusal()).isEqualTo(Optional.empty());
    }

    @Test
    void noRelationshipForTheDomainIsAnUnknownAddressSpace() {
        RelationshipSelection selection = RelationshipSelection.of(Optional.empty());

        assertThat(selection.refusal()).isEqualTo(Optional.of(Reason.NO_RELATIONSHIP_FOR_TARGET));
        assertThat(selection.refusal().orElseThrow().mailboxResponseCode()).isEqualTo("ErrorAddressSpaceNotFound");
        assertThat(selection.relationship()).isEmpty();
    }

    @Test
    void eachMissingPieceHasItsOwnReasonUnderExchangesResponseCode() {
        assertOutcome(
                RelationshipChanges.builder().enabled(false), Optional.of(Reason.RELATIONSHIP_FOR_TARGET_DISABLED));
        assertOutcome(
                RelationshipChanges.builder().freeBusyAccessEnabled(false),
                Optional.of(Reason.FREE_BUSY_FOR_TARGET_DISABLED));
        assertOutcome(
                RelationshipChanges.builder().targetApplicationUri(""), Optional.of(Reason.NO_TARGET_APPLICATION_URI));
        assertOutcome(RelationshipChanges.builder().targetAutodiscoverEpr(""), Optional.of(Reason.NO_TARGET_ENDPOINT));
    }

    @Test
    void forTargetLooksTheDomainUpInTheStoreIgnoringCase(@TempDir Path home) {
        RelationshipStore store = new RelationshipStore(home, List.of(USABLE));

        assertThat(RelationshipSelection.forTarget(store, "FABRIKAM.com").selected())
                .isTrue();
        assertThat(RelationshipSelection.forTarget(store, "contoso.com").refusal())
                .isEqualTo(Optional.of(Reason.NO_RELATIONSHIP_FOR_TARGET));
    }

    private static void assertOutcome(RelationshipChanges.Builder change, Optional<Reason> expected) {
        RelationshipSelection selection = RelationshipSelection.of(Optional.of(USABLE.with(change.build())));
        assertThat(selection.refusal()).isEqualTo(expected);
        assertThat(selection.refusal().orElseThrow().mailboxResponseCode())
                .isEqualTo("ErrorInvalidOrganizationRelationshipForFreeBusy");
        assertThat(selection.selected()).isFalse();
        assertThat(selection.relationship()).isPresent();
    }
}
