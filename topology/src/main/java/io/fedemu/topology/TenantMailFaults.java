package io.fedemu.topology;

import io.fedemu.protocol.faults.LinkFault;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.transport.MailFaults;
import java.util.Map;

/**
 * The mail path's faults as the organizations' own faults set them ({@code set-fault}, docs/reference/faults.md):
 * a {@code strip-starttls} link from one organization to the other, and an expired SMTP certificate.
 */
final class TenantMailFaults implements MailFaults {
    private final Map<String, Tenant> tenants;

    TenantMailFaults(Map<String, Tenant> tenants) {
        this.tenants = tenants;
    }

    @Override
    public boolean stripsStartTls(String from, String to) {
        return faults(from).links().stream()
                .anyMatch(link -> LinkFault.Kind.STRIP_STARTTLS.wireName().equals(link.fault())
                        && link.to() != null
                        && link.to().trim().equalsIgnoreCase(to));
    }

    @Override
    public boolean expiredCertificate(String organization) {
        return faults(organization).expiredSmtpCertificate();
    }

    private TenantFaults faults(String organization) {
        Tenant tenant = tenants.get(organization);
        return tenant == null ? TenantFaults.NONE : tenant.faults().current();
    }
}
