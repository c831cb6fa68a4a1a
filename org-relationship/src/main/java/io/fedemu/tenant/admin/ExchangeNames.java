package io.fedemu.tenant.admin;

import io.fedemu.tenant.directory.DefaultPermission;
import java.util.Locale;

/** Enum constants in Exchange's PascalCase spelling, as Get-MailboxFolderPermission shows them. */
final class ExchangeNames {
    private ExchangeNames() {}

    static String of(DefaultPermission permission) {
        StringBuilder name = new StringBuilder();
        for (String part : permission.name().split("_")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
