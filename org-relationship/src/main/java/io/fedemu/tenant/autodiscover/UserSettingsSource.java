package io.fedemu.tenant.autodiscover;

import java.util.Map;
import java.util.Optional;

/**
 * The settings GetUserSettings can return for one address, keyed by Exchange's setting names
 * ({@link io.fedemu.protocol.federation.UserSettingNames}). Empty when no user has the address; a
 * supported name missing from the map is answered as SettingIsNotAvailable.
 */
@FunctionalInterface
public interface UserSettingsSource {
    /**
     * @param signedIn the mailbox that signed in with Basic, or empty for an anonymous caller: a partner
     *     organization finding the EWS URL to call with its delegation token
     */
    Optional<Map<String, String>> settingsFor(String address, Optional<String> signedIn);
}
