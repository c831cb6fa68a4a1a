package io.fedemu.topology;

import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.FederatedDomainProof;
import io.fedemu.dns.DnsRefusedException;
import io.fedemu.dns.DnsServer;
import io.fedemu.dns.DnsZones;
import io.fedemu.protocol.dns.DnsRecordInfo;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.federation.TenantFederationTrust;
import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.Scenario.InternetOrganizationSpec;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import io.fedemu.topology.scenario.ScenarioZones;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;

/**
 * The scenario's public DNS (docs/PROTOCOL.md section 22): the server, started first, and the records a deployment
 * has before anyone federates. Every name answers 127.0.0.1 (each role listens on loopback); a service's port is in
 * its SRV record, as Autodiscover's is.
 */
final class ScenarioDns {
    static final String LOOPBACK = "127.0.0.1";
    static final String SPF_CLOUD = "v=spf1 include:spf.protection.outlook.com -all";
    static final String SPF_ON_PREMISES = "v=spf1 ip4:127.0.0.1 include:spf.protection.outlook.com -all";
    static final String SPF_INTERNET = "v=spf1 ip4:127.0.0.1 -all";

    private ScenarioDns() {}

    /** The server, listening, with the scenario's zones (made on a thread of its own: see DnsServer.listen). */
    static DnsServer listen(Scenario scenario, Path stateDirectory) {
        return DnsServer.listen(DnsServer.Options.of(stateDirectory, ScenarioZones.of(scenario)));
    }

    /**
     * Serves what a deployment has in DNS: A records for each organization's host names and {@code
     * autodiscover.<domain>}, {@code _autodiscover._tcp.<domain>} SRV at its tenant's port, SPF, and the scenario's
     * {@code dns: records:}. MX records follow when the mail transport starts ({@link HybridMail}).
     *
     * @param ports each organization's port, by lower-case name
     */
    static void publish(DnsServer server, Scenario scenario, Map<String, Integer> ports) {
        Generated zones = new Generated(server.zones());
        for (OrganizationSpec organization : scenario.organizations()) {
            organization.hostNames().forEach(host -> zones.publish(new DnsRecordInfo(host, "A", LOOPBACK)));
            Integer port = ports.get(organization.name().toLowerCase(Locale.ROOT));
            for (String domain : organization.domains()) {
                String autodiscover = "autodiscover." + domain;
                if (organization.hostNames().stream().noneMatch(autodiscover::equalsIgnoreCase)) {
                    zones.publish(new DnsRecordInfo(autodiscover, "A", LOOPBACK));
                }
                zones.publish(new DnsRecordInfo(
                        "_autodiscover._tcp." + domain, "SRV", "0 0 " + port + " " + autodiscover + "."));
                zones.publish(new DnsRecordInfo(
                        domain, "TXT", "cloud".equals(organization.kind()) ? SPF_CLOUD : SPF_ON_PREMISES));
            }
        }
        for (InternetOrganizationSpec organization : scenario.internet()) {
            zones.publish(new DnsRecordInfo(organization.mailHost(), "A", LOOPBACK));
            organization.domains().forEach(d -> zones.publish(new DnsRecordInfo(d, "TXT", SPF_INTERNET)));
        }
        scenario.dns().records().forEach(server.zones()::publish);
    }

    /**
     * The records fedemu makes for every organization. One that collides with a CNAME the administrator added
     * through the admin API (kept across restarts: Autodiscover pointed elsewhere) is left out, so the
     * administrator's change stays and the scenario still starts.
     */
    private record Generated(DnsZones zones) {
        void publish(DnsRecordInfo record) {
            try {
                zones.publish(record);
            } catch (DnsRefusedException e) {
                if (e.reason() != Reason.DNS_CNAME_CONFLICT) {
                    throw e;
                }
            }
        }
    }

    /**
     * The federation proof TXT record of each domain of {@code organization}, for its current federation certificate
     * (made now if it has none: the tenant finds it in the state directory), as its administrator publishes it
     * before Add-FederatedDomain. Organizations that do not federate at start get none.
     */
    static void publishDomainProofs(DnsServer server, OrganizationSpec organization, Path stateDirectory) {
        if (!organization.federated()) {
            return;
        }
        var current = TenantFederationTrust.slotsOf(
                        organization.name(), CertificateStore.in(stateDirectory), Clock.systemUTC())
                .current();
        for (String domain : organization.domains()) {
            server.zones()
                    .publish(new DnsRecordInfo(
                            domain,
                            "TXT",
                            FederatedDomainProof.create(current, domain).proof()));
        }
    }
}
