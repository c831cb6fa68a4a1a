package io.fedemu.protocol.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An email address policy as Get-EmailAddressPolicy shows it (issue 17, docs/PROTOCOL.md section 23): its
 * templates, the primary one written {@code SMTP:} and each secondary proxy {@code smtp:}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EmailAddressPolicyInfo(String name, String priority, List<String> enabledEmailAddressTemplates) {
    /** The policy every Exchange organization has, applying to every recipient (Priority Lowest). */
    public static final String DEFAULT_POLICY = "Default Policy";

    public EmailAddressPolicyInfo {
        enabledEmailAddressTemplates =
                enabledEmailAddressTemplates == null ? null : List.copyOf(enabledEmailAddressTemplates);
    }
}
