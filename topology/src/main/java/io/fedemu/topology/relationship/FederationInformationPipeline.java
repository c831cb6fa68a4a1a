package io.fedemu.topology.relationship;

import io.fedemu.client.autodiscover.AutodiscoverClient;
import io.fedemu.client.dns.AutodiscoverLocations;
import io.fedemu.client.dns.DnsLookup;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.tenant.RelationshipChanges;
import java.net.URI;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;

/**
 * {@code Get-FederationInformation -DomainName D | New-OrganizationRelationship}: what the partner's SOAP
 * Autodiscover answers and which relationship parameters it fills (PROTOCOL.md sections 4 and 5).
 */
public final class FederationInformationPipeline {
    private FederationInformationPipeline() {}

    /**
     * Asks {@code autodiscover} for the federation information of {@code domain}. Throws
     * {@code UnreachableException} when nobody answers and {@code AutodiscoverException} when the partner refuses
     * (the domain is not its own, or it does not federate).
     *
     * @param tls trust for an https URL; may be null for plain http
     */
    public static FederationInformation ask(URI autodiscover, SSLContext tls, String domain) {
        // A bus of our own, shut down after, so an in-process run leaves no client threads behind.
        Bus bus = BusFactory.newInstance().createBus();
        try {
            return new AutodiscoverClient(autodiscover, tls, bus).getFederationInformation(domain);
        } finally {
            bus.shutdown(true);
        }
    }

    /** What discovery by domain name found: the information, and the Autodiscover endpoint that answered. */
    public record Discovered(FederationInformation information, URI autodiscover) {}

    /**
     * {@code Get-FederationInformation -DomainName D} without a URL: finds D's Autodiscover through DNS (the SRV
     * record {@code _autodiscover._tcp.D}, then the A record {@code autodiscover.D}; docs/PROTOCOL.md section 22) and
     * asks the first that answers. A partner that answers and refuses is not asked again elsewhere.
     *
     * @throws IllegalStateException when DNS names no Autodiscover for the domain, in Exchange's words
     * @throws UnreachableException  when none of the places DNS names answers (the last one's failure)
     */
    public static Discovered discover(String domain, DnsLookup dns, SSLContext tls) {
        List<URI> candidates = AutodiscoverLocations.of(domain, dns);
        if (candidates.isEmpty()) {
            throw new IllegalStateException("Federation information could not be received from the external "
                    + "organization: DNS has neither an SRV record _autodiscover._tcp." + domain
                    + " nor an A record autodiscover." + domain);
        }
        UnreachableException last = null;
        for (URI candidate : candidates) {
            try {
                return new Discovered(ask(candidate, tls, domain), candidate);
            } catch (UnreachableException e) {
                last = e;
            }
        }
        throw last;
    }

    /**
     * What the pipeline hands New-OrganizationRelationship: DomainNames, TargetApplicationUri and
     * TargetAutodiscoverEpr (the endpoint that answered). A partner listing no domain is taken to hold the one asked.
     */
    public static RelationshipChanges changes(FederationInformation information, String domain, URI autodiscover) {
        List<String> domains = information.domains().isEmpty() ? List.of(domain) : information.domains();
        return RelationshipChanges.builder()
                .domainNames(domains.toArray(String[]::new))
                .targetApplicationUri(information.applicationUri())
                .targetAutodiscoverEpr(autodiscover.toString())
                .build();
    }
}
