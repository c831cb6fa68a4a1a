package io.fedemu.tenant.autodiscover;

import io.fedemu.protocol.autodiscover.ErrorCode;
import io.fedemu.protocol.autodiscover.GetUserSettingsRequest;
import io.fedemu.protocol.autodiscover.GetUserSettingsResponse;
import io.fedemu.protocol.autodiscover.StringSetting;
import io.fedemu.protocol.autodiscover.User;
import io.fedemu.protocol.autodiscover.UserResponse;
import io.fedemu.protocol.autodiscover.UserResponseCollection;
import io.fedemu.protocol.autodiscover.UserSettingCollection;
import io.fedemu.protocol.autodiscover.UserSettingError;
import io.fedemu.protocol.autodiscover.UserSettingErrorCollection;
import io.fedemu.protocol.federation.UserSettingNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * GetUserSettings answers at three levels, as Exchange gives them: the request (InvalidRequest when it names
 * no user or no setting, or too many users), each user in request order (InvalidUser), and each setting
 * (InvalidSetting for a name fedemu does not know, SettingIsNotAvailable for one the user lacks).
 */
final class UserSettingsAnswers {
    /** Exchange's per-request user limit for GetUserSettings. */
    static final int MAX_USERS = 100;

    private final UserSettingsSource source;

    UserSettingsAnswers(UserSettingsSource source) {
        this.source = source;
    }

    GetUserSettingsResponse answer(GetUserSettingsRequest request, Optional<String> signedIn) {
        List<User> users = request == null || request.getUsers() == null
                ? List.of()
                : request.getUsers().getUser();
        Set<String> settings = new LinkedHashSet<>();
        if (request != null && request.getRequestedSettings() != null) {
            request.getRequestedSettings().getSetting().stream()
                    .filter(s -> s != null && !s.isBlank())
                    .map(String::trim)
                    .forEach(settings::add);
        }
        if (users.isEmpty()) {
            return requestError("The request names no user.");
        }
        if (users.size() > MAX_USERS) {
            return requestError(
                    "A request may name at most " + MAX_USERS + " users; this one names " + users.size() + ".");
        }
        if (settings.isEmpty()) {
            return requestError("The request asks for no setting.");
        }
        UserResponseCollection responses = new UserResponseCollection();
        for (User user : users) {
            responses.getUserResponse().add(userAnswer(user.getMailbox(), settings, signedIn));
        }
        GetUserSettingsResponse response = new GetUserSettingsResponse();
        response.setErrorCode(ErrorCode.NO_ERROR);
        response.setErrorMessage("");
        response.setUserResponses(responses);
        return response;
    }

    private UserResponse userAnswer(String mailbox, Set<String> requested, Optional<String> signedIn) {
        String address = mailbox == null ? "" : mailbox.trim();
        Optional<Map<String, String>> known =
                address.isEmpty() ? Optional.empty() : source.settingsFor(address, signedIn);
        UserResponse response = new UserResponse();
        response.setUserSettingErrors(new UserSettingErrorCollection());
        response.setUserSettings(new UserSettingCollection());
        if (known.isEmpty()) {
            response.setErrorCode(ErrorCode.INVALID_USER);
            response.setErrorMessage(
                    address.isEmpty()
                            ? "The user has no mailbox address."
                            : "No user has the address " + address + ".");
            return response;
        }
        response.setErrorCode(ErrorCode.NO_ERROR);
        response.setErrorMessage("No error.");
        for (String name : requested) {
            String value = known.get().get(name);
            if (!UserSettingNames.SUPPORTED.contains(name)) {
                response.getUserSettingErrors()
                        .getUserSettingError()
                        .add(settingError(
                                ErrorCode.INVALID_SETTING,
                                "The setting " + name + " is not valid or not supported.",
                                name));
            } else if (value == null) {
                response.getUserSettingErrors()
                        .getUserSettingError()
                        .add(settingError(
                                ErrorCode.SETTING_IS_NOT_AVAILABLE,
                                "The setting " + name + " is not available for " + address + ".",
                                name));
            } else {
                StringSetting setting = new StringSetting();
                setting.setName(name);
                setting.setValue(value);
                response.getUserSettings().getUserSetting().add(setting);
            }
        }
        return response;
    }

    private static UserSettingError settingError(ErrorCode code, String message, String name) {
        UserSettingError error = new UserSettingError();
        error.setErrorCode(code);
        error.setErrorMessage(message);
        error.setSettingName(name);
        return error;
    }

    private static GetUserSettingsResponse requestError(String message) {
        GetUserSettingsResponse response = new GetUserSettingsResponse();
        response.setErrorCode(ErrorCode.INVALID_REQUEST);
        response.setErrorMessage(message);
        response.setUserResponses(new UserResponseCollection());
        return response;
    }
}
