package io.fedemu.protocol.reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fedemu.protocol.ews.messages.ResponseCodeType;
import io.fedemu.protocol.ews.messages.ResponseMessageType;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every reason is complete: a wire mapping, a sentence a trainer can read aloud, and a remedy. */
class ReasonTest {
    private static final Set<String> OAUTH_ERRORS = Set.of(
            "invalid_request",
            "invalid_client",
            "invalid_grant",
            "unauthorized_client",
            "unsupported_grant_type",
            "invalid_scope",
            "invalid_target",
            "temporarily_unavailable");
    private static final RemedyContext FULL = RemedyContext.of(
                    "contoso-onprem", "contoso-cloud", "alice@contoso.com", "bob@contoso.mail.onmicrosoft.com")
            .withRelationship("O365 to On-premises")
            .withDetail("outlook.com");

    @ParameterizedTest
    @EnumSource(Reason.class)
    void hasAWireMappingASentenceAndARemedy(Reason reason) {
        assertThat(reason.side()).isNotNull();
        assertThat(reason.wire().describe()).isNotBlank();
        assertThat(reason.sentence()).as(reason.name()).matches("[A-Z].*\\.").doesNotContain("{", "null");
        assertThat(reason.remedy(FULL)).as(reason.name()).isNotBlank().doesNotContain("null");
        assertThat(reason.remedy(RemedyContext.NONE))
                .as(reason.name())
                .isNotBlank()
                .doesNotContain("null");
        assertThat(reason.remedy(null)).isEqualTo(reason.remedy(RemedyContext.NONE));
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void mapsOnlyToResponseCodesOfMicrosoftsSchemaAndStatusesOfItsKind(Reason reason) {
        // A ResponseCode the EWS Java API does not know crashes it: only the schema's names may go out.
        if (reason.mailboxResponseCode() != null) {
            assertThatCode(() -> ResponseCodeType.fromValue(reason.mailboxResponseCode()))
                    .as(reason.name())
                    .doesNotThrowAnyException();
        }
        Wire wire = reason.wire();
        if (wire instanceof Wire.OAuth oauth) {
            assertThat(OAUTH_ERRORS).as(reason.name()).contains(oauth.error());
            assertThat(oauth.status()).isIn(400, 401, 503);
            assertThat(reason.side()).isEqualTo(Side.GATEWAY);
            assertThat(reason.httpStatus()).isEqualTo(oauth.status());
        } else if (wire instanceof Wire.Problem problem) {
            assertThat(problem.status()).isBetween(400, 499);
            assertThat(reason.httpStatus()).isEqualTo(problem.status());
        } else if (wire instanceof Wire.SecurityFault) {
            assertThat(reason.side()).isEqualTo(Side.RECEIVING_ORGANIZATION);
        } else if (wire instanceof Wire.Ews ews) {
            assertThat(ews.responseCode()).startsWith("Error");
            assertThatThrownBy(reason::httpStatus).isInstanceOf(IllegalStateException.class);
        } else if (wire instanceof Wire.Smtp smtp) {
            // Exchange's own texts do not always agree with their reply code (451 5.7.3), so only the form.
            assertThat(smtp.enhancedStatus()).matches("[45]\\.\\d{1,3}\\.\\d{1,3}");
            assertThat(reason.side()).isEqualTo(Side.ORGANIZATION);
        } else {
            assertThat(wire).isInstanceOf(Wire.Finding.class);
            assertThat(reason.side()).isEqualTo(Side.CLIENT);
        }
    }

    @Test
    void problemTypesAreDistinctAndNamesReadBackOffTheWire() {
        assertThat(Arrays.stream(Reason.values()).map(Reason::problemType).distinct())
                .hasSize(Reason.values().length);
        for (Reason reason : Reason.values()) {
            assertThat(Reason.byName(reason.name())).isSameAs(reason);
        }
        assertThat(Reason.byName("NOT_A_REASON")).isNull();
        assertThat(Reason.byName(null)).isNull();
    }

    @Test
    void theRemedyDependsOnTheEvidenceThatTheGatewayIsAtFault() {
        assertThat(Reason.GATEWAY_KEY_UNKNOWN.remedy(FULL)).contains("--refresh-metadata on contoso-cloud");
        assertThat(Reason.GATEWAY_KEY_UNKNOWN.remedy(FULL.withGatewayAtFault(true)))
                .contains("get-fault --role gateway");
        assertThat(Reason.TOKEN_AUDIENCE_MISMATCH.remedy(FULL))
                .isEqualTo("run set-organization-relationship --tenant contoso-onprem --identity "
                        + "'O365 to On-premises' --target-application-uri outlook.com");
    }

    @Test
    void travelsInMessageXmlAndIsReadBackFromThere() {
        ResponseMessageType message = new ResponseMessageType();
        message.setMessageText("text that names no reason");
        assertThat(ReasonXml.read(message)).isEmpty();

        ReasonXml.write(message, Reason.FREE_BUSY_DISABLED);

        assertThat(ReasonXml.read(message)).contains(Reason.FREE_BUSY_DISABLED);
        assertThat(message.getMessageXml().getAny())
                .extracting(element -> element.getAttribute("Name") + "=" + element.getTextContent())
                .containsExactly("fedemu.reason=FREE_BUSY_DISABLED", "fedemu.side=RECEIVING_ORGANIZATION");
    }
}
