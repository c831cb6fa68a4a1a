package io.fedemu.client.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerRemediesTest {
    @Test
    void theReasonIsTheUpperCaseNameInTheMessageText() {
        assertThat(AnswerProbe.reason("The partner rejected the request (TOKEN_EXPIRED): expired at ..."))
                .isEqualTo("TOKEN_EXPIRED");
        assertThat(AnswerProbe.reason("No organization relationship lists the target's domain."))
                .isNull();
    }

    @Test
    void theSameReasonIsRemediedOnTheSideTheResponseCodePointsTo() {
        AnswerProbe.Answer requesting = new AnswerProbe.Answer(
                "ErrorInvalidOrganizationRelationshipForFreeBusy",
                "... disabled. (RELATIONSHIP_DISABLED, domain x)",
                "RELATIONSHIP_DISABLED");
        AnswerProbe.Answer receiving =
                new AnswerProbe.Answer("ErrorNoFreeBusyAccess", "... (RELATIONSHIP_DISABLED)", "RELATIONSHIP_DISABLED");

        assertThat(AnswerRemedies.remedy(requesting, "contoso-onprem", "contoso-cloud", "bob@contoso.com"))
                .endsWith("on contoso-onprem");
        assertThat(AnswerRemedies.remedy(receiving, "contoso-onprem", "contoso-cloud", "bob@contoso.com"))
                .endsWith("on contoso-cloud");
    }

    @Test
    void anUnknownGatewayKeyIsAStaleCopyAtThePartner() {
        AnswerProbe.Answer answer = new AnswerProbe.Answer(
                "ErrorProxyRequestProcessingFailed", "(GATEWAY_KEY_UNKNOWN)", "GATEWAY_KEY_UNKNOWN");

        assertThat(AnswerRemedies.remedy(answer, "contoso-onprem", "contoso-cloud", "bob@contoso.com"))
                .isEqualTo("contoso-cloud holds a stale copy of the gateway metadata: run set-federation-trust "
                        + "--refresh-metadata on contoso-cloud");
    }

    @Test
    void whenTheCopiesAndTheRelationshipCheckOutTheGatewayIsBlamed() {
        AnswerProbe.Answer unknownKey = new AnswerProbe.Answer(
                "ErrorProxyRequestProcessingFailed", "(GATEWAY_KEY_UNKNOWN)", "GATEWAY_KEY_UNKNOWN");
        AnswerProbe.Answer wrongAudience = new AnswerProbe.Answer(
                "ErrorProxyRequestProcessingFailed", "(TOKEN_AUDIENCE_MISMATCH)", "TOKEN_AUDIENCE_MISMATCH");
        AnswerRemedies.Context checkedOut = new AnswerRemedies.Context(true, true);

        assertThat(AnswerRemedies.remedy(unknownKey, "contoso-onprem", "contoso-cloud", "bob@contoso.com", checkedOut))
                .startsWith("the gateway signed the token with a key it does not publish");
        assertThat(AnswerRemedies.remedy(
                        wrongAudience, "contoso-onprem", "contoso-cloud", "bob@contoso.com", checkedOut))
                .startsWith("the gateway issued the token for another audience");
        assertThat(AnswerRemedies.remedy(wrongAudience, "contoso-onprem", "contoso-cloud", "bob@contoso.com"))
                .startsWith("set TargetApplicationUri of contoso-onprem's relationship");
    }
}
