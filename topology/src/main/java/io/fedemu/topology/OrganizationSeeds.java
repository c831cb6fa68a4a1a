package io.fedemu.topology;

import io.fedemu.protocol.tenant.AcceptedDomainInfo;
import io.fedemu.tenant.Tenant;
import io.fedemu.topology.scenario.Scenario;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The scenario's values of the organizations' building blocks (issue 17, docs/PROTOCOL.md section 23), given to each
 * tenant where its state directory has none yet. An on-premises organization the Hybrid Configuration Wizard has
 * configured (the default; {@code mail: hybridConnectors: false} says it has not) has the coexistence domain of its
 * cloud partner as an accepted domain and as a secondary proxy template of "Default Policy", and every Exchange 2013
 * Client Access server's EWS ExternalUrl set to the organization's EWS URL with MRS proxy on.
 */
final class OrganizationSeeds {
    private OrganizationSeeds() {}

    static void apply(Scenario scenario, Map<String, Tenant> tenants) {
        for (OrganizationSpec organization : scenario.organizations()) {
            Tenant tenant = tenants.get(organization.name());
            if (tenant == null || organization.domains().isEmpty()) {
                continue;
            }
            List<AcceptedDomainInfo> accepted = new ArrayList<>(
                    ScenarioMailFlow.acceptedDomains(organization, HybridMail.partnerDomains(scenario, organization)));
            List<String> templates = new ArrayList<>();
            templates.add("SMTP:%m@" + organization.domains().get(0).toLowerCase(Locale.ROOT));
            URI ewsExternalUrl = null;
            boolean onPremises = "on-premises".equals(organization.kind());
            if (onPremises && organization.mail().configured()) {
                ewsExternalUrl = tenant.ewsUrl();
                Optional<String> coexistence = HybridMail.cloudOf(organization, scenario)
                        .map(cloud -> HybridMail.routingDomain(organization, cloud));
                coexistence.ifPresent(domain -> {
                    if (accepted.stream().noneMatch(d -> d.domainName().equalsIgnoreCase(domain))) {
                        accepted.add(new AcceptedDomainInfo(domain, domain, AcceptedDomainInfo.AUTHORITATIVE));
                    }
                    templates.add("smtp:%m@" + domain);
                });
            }
            tenant.organizationSettings().seed(accepted, templates, ewsExternalUrl);
        }
    }
}
