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
     * @param signedIn the mailbox that signed in with Basic, or empty for a partner organization that came with its
     *     MSExchange.Autodiscover token at /WSSecurity (anonymous GetUserSettings is refused before this is asked)
     */
    Optional<Map<String, String>> settingsFor(String address, Optional<String> signedIn);
}
