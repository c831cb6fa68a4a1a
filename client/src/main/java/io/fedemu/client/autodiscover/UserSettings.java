package io.fedemu.client.autodiscover;

import java.util.List;
import java.util.Map;

/**
 * One user's GetUserSettings answer: the settings returned, in answer order, and the ones the server
 * could not return (InvalidSetting, SettingIsNotAvailable).
 */
public record UserSettings(String mailbox, Map<String, String> values, List<SettingError> errors) {
    public UserSettings {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        errors = List.copyOf(errors);
    }

    /** A requested setting the server did not return, with its ErrorCode and ErrorMessage. */
    public record SettingError(String settingName, String errorCode, String errorMessage) {}
}
