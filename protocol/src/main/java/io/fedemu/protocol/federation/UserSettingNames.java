package io.fedemu.protocol.federation;

import java.util.List;

/**
 * The GetUserSettings setting names fedemu answers (PROTOCOL.md section 5), spelled as Exchange spells them.
 * A requesting organization asks a partner's Autodiscover for ExternalEwsUrl when its organization
 * relationship has no TargetSharingEpr (PROTOCOL.md section 4).
 */
public final class UserSettingNames {
    public static final String EXTERNAL_EWS_URL = "ExternalEwsUrl";
    public static final String INTERNAL_EWS_URL = "InternalEwsUrl";
    public static final String EXTERNAL_EWS_VERSION = "ExternalEwsVersion";
    public static final String CROSS_ORGANIZATION_SHARING_ENABLED = "CrossOrganizationSharingEnabled";

    /** Every name fedemu knows; any other requested name is answered with an InvalidSetting error. */
    public static final List<String> SUPPORTED =
            List.of(EXTERNAL_EWS_URL, INTERNAL_EWS_URL, EXTERNAL_EWS_VERSION, CROSS_ORGANIZATION_SHARING_ENABLED);

    private UserSettingNames() {}
}
