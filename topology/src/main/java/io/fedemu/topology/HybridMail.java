package io.fedemu.topology;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.client.dns.DnsLookup;
import io.fedemu.dns.DnsServer;
import io.fedemu.dns.DnsZones;
import io.fedemu.tenant.Tenant;
import io.fedemu.tenant.servers.ExchangeServer;
import io.fedemu.tenant.servers.ServerRole;
import io.fedemu.tenant.transport.DnsMailExchangers;
import io.fedemu.tenant.transport.HybridMailTransport;
import io.fedemu.tenant.transport.InternetMail;
import io.fedemu.tenant.transport.InternetOrganization;
import io.fedemu.tenant.transport.MailOrganization;
import io.fedemu.tenant.transport.TransportMailbox;
import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.Scenario.InternetOrganizationSpec;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mail transport of a scenario's hybrid pairs (docs/PROTOCOL.md section 17): an on-premises organization and
 * the cloud organization its remote mailboxes' targetAddress domains belong to, with the connectors the wizard
 * gives them, joined to the internet of the scenario's MX records and internet organizations (section 20).
 * Organizations in no such pair (a partner) get no mail yet.
 */
final class HybridMail {
    private HybridMail() {}

    static MailTopology start(Scenario scenario, Map<String, Tenant> tenants, Path stateDirectory, DnsServer dns) {
        List<HybridMailTransport> started = new ArrayList<>();
        List<InternetOrganization> outside = new ArrayList<>();
        CertificateStore certificates = CertificateStore.in(stateDirectory);
        CertificateAuthority authority = certificates.initAuthority(Clock.systemUTC());
        // Every sender asks the emulated DNS for MX (section 22); where a host listens stays in process.
        DnsZones mx = dns.zones();
        InternetMail internet = new InternetMail(new DnsMailExchangers(new DnsLookup(dns.address())));
        List<String> mxDomains = new ArrayList<>();
        HybridMailTransport.Options options = HybridMailTransport.Options.defaults(stateDirectory, Clock.systemUTC());
        try {
            for (OrganizationSpec onPremises : scenario.organizations()) {
                if (!"on-premises".equals(onPremises.kind())) {
                    continue;
                }
                Optional<OrganizationSpec> cloud = cloudOf(onPremises, scenario);
                if (cloud.isEmpty()) {
                    continue;
                }
                String routingDomain = routingDomain(onPremises, cloud.get());
                List<String> clientAccess = tenants.get(onPremises.name()).servers().servers().stream()
                        .filter(s ->
                                s.has(ServerRole.CLIENT_ACCESS) && s.build().major() == 15)
                        .map(ExchangeServer::name)
                        .toList();
                if (clientAccess.isEmpty()) {
                    // Hybrid mail needs a 2013 Client Access server facing Exchange Online Protection.
                    continue;
                }
                String mailHost = onPremises.hostNames().isEmpty()
                        ? "mail." + onPremises.domains().get(0)
                        : onPremises.hostNames().get(0);
                HybridMailTransport transport = HybridMailTransport.start(
                        options,
                        certificates,
                        authority,
                        organization(onPremises, false, routingDomain, List.of()),
                        organization(cloud.get(), true, routingDomain, onPremises.domains()),
                        clientAccess,
                        mailHost,
                        new HybridMailTransport.InternetFlows(
                                internet,
                                ScenarioMailFlow.of(onPremises, List.of()),
                                ScenarioMailFlow.of(cloud.get(), onPremises.domains())));
                started.add(transport);
                attach(transport, onPremises, cloud.get(), tenants);
                // Each side's events go to the message tracking log its tenant keeps (issue 15).
                transport.tracking(
                        tenants.get(onPremises.name()).messageTracking(),
                        tenants.get(cloud.get().name()).messageTracking());
                mxDomains.addAll(
                        ScenarioMailFlow.publishMx(scenario, mx, onPremises.domains(), mailHost, Scenario.DnsSpec.EOP));
                mxDomains.addAll(ScenarioMailFlow.publishMx(
                        scenario, mx, cloud.get().domains(), mailHost, Scenario.DnsSpec.EOP));
            }
            for (InternetOrganizationSpec spec : scenario.internet()) {
                outside.add(InternetOrganization.start(
                        options, certificates, authority, internetOrganization(spec), spec.mailHost(), internet));
                mxDomains.addAll(
                        ScenarioMailFlow.publishMx(scenario, mx, spec.domains(), spec.mailHost(), spec.mailHost()));
            }
            // Records for domains nobody in the scenario holds (a teaching fault: an MX at the wrong place).
            scenario.dns().mx().forEach((domain, host) -> {
                if (mx.records(domain, "MX").isEmpty()) {
                    mxDomains.addAll(ScenarioMailFlow.publishMx(scenario, mx, List.of(domain), null, host));
                }
            });
        } catch (RuntimeException e) {
            started.forEach(HybridMailTransport::close);
            outside.forEach(InternetOrganization::close);
            throw e;
        }
        return new MailTopology(started, outside, internet, mxDomains);
    }

    private static MailOrganization internetOrganization(InternetOrganizationSpec spec) {
        List<TransportMailbox> mailboxes = spec.mailboxes().stream()
                .map(m -> new TransportMailbox(m.address(), new HashSet<>(m.proxyAddresses()), m.password()))
                .toList();
        return new MailOrganization(spec.name(), false, null, spec.domains(), mailboxes, Map.of(), List.of());
    }

    /**
     * Section 18: the mail path's faults come from the organizations' own, the scenario's {@code mail:} blocks
     * override the wizard's settings, and each tenant's {@code /admin/mail} serves its side's cmdlets.
     */
    private static void attach(
            HybridMailTransport transport,
            OrganizationSpec onPremises,
            OrganizationSpec cloud,
            Map<String, Tenant> tenants) {
        transport.faults(new TenantMailFaults(tenants));
        MailOverrides.apply(onPremises, transport.administration(false));
        MailOverrides.apply(cloud, transport.administration(true));
        tenants.get(onPremises.name()).attachMail(transport.administration(false));
        tenants.get(cloud.name()).attachMail(transport.administration(true));
    }

    /** The cloud organization holding the targetAddress domain of any of {@code onPremises}' remote mailboxes. */
    private static Optional<OrganizationSpec> cloudOf(OrganizationSpec onPremises, Scenario scenario) {
        Set<String> targets = new HashSet<>();
        onPremises.remoteMailboxes().forEach(r -> targets.add(domainOf(r.targetAddress())));
        return scenario.organizations().stream()
                .filter(o -> "cloud".equals(o.kind()))
                .filter(o -> o.domains().stream().anyMatch(d -> targets.contains(d.toLowerCase(Locale.ROOT))))
                .findFirst();
    }

    private static String routingDomain(OrganizationSpec onPremises, OrganizationSpec cloud) {
        return onPremises.remoteMailboxes().stream()
                .map(r -> domainOf(r.targetAddress()))
                .filter(d -> cloud.domains().stream().anyMatch(d::equalsIgnoreCase))
                .findFirst()
                .orElseThrow();
    }

    /**
     * A side as transport sees it. The cloud also accepts the on-premises domains (a hybrid tenant has them as
     * accepted domains), which is what lets it route their mail users back.
     */
    private static MailOrganization organization(
            OrganizationSpec spec, boolean cloud, String routingDomain, List<String> sharedDomains) {
        Set<String> accepted = new LinkedHashSet<>(spec.domains());
        accepted.addAll(sharedDomains);
        Map<String, String> mailUsers = new LinkedHashMap<>();
        spec.remoteMailboxes().forEach(r -> mailUsers.put(r.address(), r.targetAddress()));
        List<TransportMailbox> mailboxes = spec.mailboxes().stream()
                .map(m -> new TransportMailbox(m.address(), new HashSet<>(m.proxyAddresses()), m.password()))
                .toList();
        return new MailOrganization(
                spec.name(), cloud, routingDomain, List.copyOf(accepted), mailboxes, mailUsers, List.of());
    }

    private static String domainOf(String address) {
        return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
}
