package io.fedemu.tenant.ews;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.tenant.availability.AccessLevel;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Client Access server's word to the Mailbox server: what it writes is read back the same, nothing else is. */
class CommonAccessTokenTest {
    @Test
    void aTokenReadsBackAsWritten() {
        CommonAccessToken token = new CommonAccessToken(
                "alice@contoso.com",
                "req-7;odd id%",
                List.of(AccessLevel.REVIEWER, AccessLevel.NONE, AccessLevel.LIMITED_DETAILS));

        assertThat(CommonAccessToken.decode(token.encode())).isEqualTo(token);
    }

    @Test
    void aTokenWithoutRequestIdOrMailboxesReadsBackAsWritten() {
        CommonAccessToken token = new CommonAccessToken("partner user;~", null, List.of());

        assertThat(CommonAccessToken.decode(token.encode())).isEqualTo(token);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not base64 at all!",
                "cat1;alice;req;3", // plain text, not base64url
            })
    void whatIsNotATokenIsRefused(String header) {
        assertThat(CommonAccessToken.decode(header)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cat1;~;req;3", // no requester
                "cat1;alice;req;9", // no such access level
                "cat1;alice;req", // a field missing
                "cat2;alice;req;3", // another form
                "{\"requester\":\"alice\",\"requestId\":\"r\",\"access\":[\"REVIEWER\"]}", // the old JSON form
                "cat1;%zz;req;3", // not URL encoding
            })
    void aMalformedTokenIsRefused(String plain) {
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));

        assertThat(CommonAccessToken.decode(header)).isNull();
    }

    @Test
    void anOversizedHeaderIsRefusedUnread() {
        assertThat(CommonAccessToken.decode("A".repeat(CommonAccessToken.MAX_CHARS + 1)))
                .isNull();
    }
}
