package io.fedemu.protocol.hybrid;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * Get-HybridConfiguration, and the body of Set-HybridConfiguration: in a PUT only the parameters given change (a null
 * field stays as it is); a list replaces the whole list.
 *
 * @param features                  FreeBusy, MailTips, MessageTracking, OWARedirection, SecureMail, Centralized,
 *                                  OnlineArchive, Photos (all on when the object is created)
 * @param domains                   the hybrid domains: accepted domains of the organization
 * @param receivingTransportServers the Exchange 2013 Client Access servers whose Default Frontend connector takes
 *                                  Exchange Online's mail
 * @param sendingTransportServers   the Exchange 2013 Mailbox servers the Send connector to Exchange Online uses
 * @param tlsCertificateName        {@code <I>issuer<S>subject} of the certificate the connectors present
 * @param onPremisesSmartHost       the on-premises mail host Exchange Online sends to (on that certificate)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "features",
    "domains",
    "receivingTransportServers",
    "sendingTransportServers",
    "tlsCertificateName",
    "onPremisesSmartHost"
})
public record HybridConfigurationInfo(
        List<String> features,
        List<String> domains,
        List<String> receivingTransportServers,
        List<String> sendingTransportServers,
        String tlsCertificateName,
        String onPremisesSmartHost) {
    /** Where an on-premises tenant serves it, relative to its {@code /admin}. */
    public static final String PATH = "/hybrid-configuration";

    /** Update-HybridConfiguration, relative to {@code /admin}. */
    public static final String UPDATE_PATH = PATH + "/update";
}
