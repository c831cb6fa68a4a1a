package io.fedemu.client.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.protocol.tenant.TokenTestInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Autodiscover token's link (PROTOCOL.md section 14), judged from the gateway's answer and the journals. */
class AutodiscoverTokenLinkTest {
    private static final String ALICE = "alice@contoso.com";
    private static final Attempt<TokenTestInfo> ISSUED = new Attempt<>(
            new TokenTestInfo(ALICE, "outlook.com", "MSExchange.Autodiscover", true, null, null, "issued", null, null),
            null,
            null);

    private static OrganizationRelationship byAutodiscover() {
        return OrganizationRelationship.named("To contoso cloud", "contoso.mail.onmicrosoft.com")
                .with(RelationshipChanges.builder()
                        .targetApplicationUri("outlook.com")
                        .targetAutodiscoverEpr("https://cloud/autodiscover/autodiscover.svc")
                        .build());
    }

    private static JournalEntry entry(String role, JournalEntry.Step step, Reason reason, String detail) {
        return new JournalEntry(
                1,
                Instant.EPOCH,
                role,
                "verify-1",
                step,
                reason == null ? JournalEntry.Verdict.PASS : JournalEntry.Verdict.FAIL,
                reason,
                ALICE,
                "outlook.com",
                detail);
    }

    private static LinkResult judge(
            Optional<OrganizationRelationship> relationship, Attempt<TokenTestInfo> issued, JournalEntry... entries) {
        return AutodiscoverTokenLink.judge(
                "contoso-onprem", "contoso-cloud", relationship, issued, List.of(entries), ALICE);
    }

    @Test
    void aTokenThePartnersAutodiscoverValidatedIsATick() {
        LinkResult link = judge(
                Optional.of(byAutodiscover()),
                ISSUED,
                entry("contoso-onprem", JournalEntry.Step.AUTODISCOVER_TOKEN_REQUEST, null, "new token"),
                entry(
                        "contoso-cloud",
                        JournalEntry.Step.AUTODISCOVER_TOKEN_VALIDATION,
                        null,
                        "for MSExchange.Autodiscover until ..."));

        assertThat(link.ok()).as(link.format()).isTrue();
        assertThat(link.link()).isEqualTo(Link.AUTODISCOVER_TOKEN);
        assertThat(link.detail())
                .isEqualTo("the gateway issued a MSExchange.Autodiscover token for alice@contoso.com to outlook.com; "
                        + "contoso-cloud's Autodiscover validated it: for MSExchange.Autodiscover until ...");
    }

    @Test
    void aTokenThePartnerRefusedIsBrokenWithThePartnersReasonAndRemedy() {
        LinkResult link = judge(
                Optional.of(byAutodiscover()),
                ISSUED,
                entry(
                        "contoso-cloud",
                        JournalEntry.Step.AUTODISCOVER_TOKEN_VALIDATION,
                        Reason.GATEWAY_KEY_UNKNOWN,
                        "Token key abc; metadata copy knows [def]."));

        assertThat(link.ok()).isFalse();
        assertThat(link.reason()).isEqualTo(Reason.GATEWAY_KEY_UNKNOWN);
        assertThat(link.detail()).contains("contoso-cloud journaled AUTODISCOVER_TOKEN_VALIDATION: Token key abc");
        assertThat(link.remedy())
                .isEqualTo("contoso-cloud holds a stale copy of the gateway metadata: run set-federation-trust "
                        + "--refresh-metadata on contoso-cloud");
    }

    @Test
    void aTokenTheGatewayRefusedIsBrokenWithTheGatewaysReason() {
        Attempt<TokenTestInfo> refused = new Attempt<>(
                new TokenTestInfo(
                        ALICE,
                        "outlook.com",
                        "MSExchange.Autodiscover",
                        false,
                        null,
                        "AUDIENCE_UNKNOWN",
                        "no such audience",
                        null,
                        null),
                null,
                null);

        LinkResult link = judge(Optional.of(byAutodiscover()), refused);

        assertThat(link.reason()).isEqualTo(Reason.AUDIENCE_UNKNOWN);
        assertThat(link.detail()).startsWith("the gateway refused a MSExchange.Autodiscover token");
    }

    @Test
    void anAlreadyDiscoveredUrlAndATargetSharingEprAreTicksSayingWhy() {
        LinkResult cached = judge(Optional.of(byAutodiscover()), ISSUED);
        LinkResult sharing = judge(
                Optional.of(byAutodiscover()
                        .with(RelationshipChanges.builder()
                                .targetSharingEpr("https://cloud/EWS/Exchange.asmx")
                                .build())),
                ISSUED);

        assertThat(cached.ok()).isTrue();
        assertThat(cached.detail()).endsWith("so the partner's Autodiscover was not asked");
        assertThat(sharing.ok()).isTrue();
        assertThat(sharing.detail()).startsWith("not used: contoso-onprem's relationship names TargetSharingEpr");
    }
}
