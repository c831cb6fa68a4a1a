package io.fedemu.tenant.autodiscover;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.protocol.autodiscover.ErrorCode;
import io.fedemu.protocol.autodiscover.GetUserSettingsRequest;
import io.fedemu.protocol.autodiscover.GetUserSettingsResponse;
import io.fedemu.protocol.autodiscover.RequestedSettingCollection;
import io.fedemu.protocol.autodiscover.StringSetting;
import io.fedemu.protocol.autodiscover.User;
import io.fedemu.protocol.autodiscover.UserCollection;
import io.fedemu.protocol.autodiscover.UserResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The three levels of a GetUserSettings answer, without a server. */
class UserSettingsAnswersTest {
    private final UserSettingsAnswers answers =
            new UserSettingsAnswers((address, signedIn) -> address.equals("alice@contoso.com")
                    ? Optional.of(Map.of("ExternalEwsUrl", "https://mail.contoso.com/EWS/Exchange.asmx"))
                    : Optional.empty());

    @Test
    void aMissingRequestNoUserOrTooManyUsersAreInvalidRequests() {
        assertThat(answers.answer(null, Optional.empty()).getErrorCode()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(answers.answer(request(List.of(), List.of("ExternalEwsUrl")), Optional.empty())
                        .getErrorMessage())
                .isEqualTo("The request names no user.");
        List<String> many = IntStream.range(0, 101)
                .mapToObj(i -> "user" + i + "@contoso.com")
                .toList();
        GetUserSettingsResponse tooMany = answers.answer(request(many, List.of("ExternalEwsUrl")), Optional.empty());
        assertThat(tooMany.getErrorCode()).isEqualTo(ErrorCode.INVALID_REQUEST);
        assertThat(tooMany.getErrorMessage()).contains("101");
        assertThat(answers.answer(request(List.of("alice@contoso.com"), List.of(" ")), Optional.empty())
                        .getErrorMessage())
                .isEqualTo("The request asks for no setting.");
    }

    @Test
    void usersAreAnsweredInRequestOrderAndRepeatedSettingsOnce() {
        GetUserSettingsResponse response = answers.answer(
                request(
                        List.of("nobody@contoso.com", "alice@contoso.com", ""),
                        List.of("ExternalEwsUrl", "ExternalEwsUrl")),
                Optional.empty());

        assertThat(response.getErrorCode()).isEqualTo(ErrorCode.NO_ERROR);
        List<UserResponse> users = response.getUserResponses().getUserResponse();
        assertThat(users)
                .extracting(UserResponse::getErrorCode)
                .containsExactly(ErrorCode.INVALID_USER, ErrorCode.NO_ERROR, ErrorCode.INVALID_USER);
        assertThat(users.get(1).getUserSettings().getUserSetting())
                .singleElement()
                .isInstanceOfSatisfying(
                        StringSetting.class, s -> assertThat(s.getName()).isEqualTo("ExternalEwsUrl"));
        assertThat(users.get(2).getErrorMessage()).isEqualTo("The user has no mailbox address.");
    }

    private static GetUserSettingsRequest request(List<String> mailboxes, List<String> settings) {
        GetUserSettingsRequest request = new GetUserSettingsRequest();
        request.setUsers(new UserCollection());
        for (String mailbox : mailboxes) {
            User user = new User();
            user.setMailbox(mailbox);
            request.getUsers().getUser().add(user);
        }
        request.setRequestedSettings(new RequestedSettingCollection());
        request.getRequestedSettings().getSetting().addAll(settings);
        return request;
    }
}
