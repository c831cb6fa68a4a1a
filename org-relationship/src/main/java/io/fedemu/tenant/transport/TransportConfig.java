package io.fedemu.tenant.transport;

import java.util.List;
import java.util.Locale;

/**
 * Get-TransportConfig's Domain Security lists of one organization. A message is marked Domain Secured only where
 * the sender's TLSSendDomainSecureList names the receiving domain and the receiver's TLSReceiveDomainSecureList
 * names the sending one (docs/PROTOCOL.md section 18).
 */
public record TransportConfig(List<String> tlsSendDomainSecureList, List<String> tlsReceiveDomainSecureList) {
    public static final TransportConfig NONE = new TransportConfig(List.of(), List.of());

    public TransportConfig {
        tlsSendDomainSecureList = lower(tlsSendDomainSecureList);
        tlsReceiveDomainSecureList = lower(tlsReceiveDomainSecureList);
    }

    /** Whether the send list names any of {@code domains}. */
    public boolean sendsDomainSecureTo(List<String> domains) {
        return domains.stream().anyMatch(d -> tlsSendDomainSecureList.contains(d.toLowerCase(Locale.ROOT)));
    }

    private static List<String> lower(List<String> domains) {
        return domains == null
                ? List.of()
                : domains.stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
    }
}
