package io.fedemu.topology.scenario;

import io.fedemu.client.autodiscover.AutodiscoverException;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.tenant.relationship.RelationshipRefusedException;
import io.fedemu.tenant.relationship.RelationshipStore;
import io.fedemu.topology.relationship.FederationInformationPipeline;
import io.fedemu.topology.scenario.RelationshipDerivationException.Failure;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import io.fedemu.topology.scenario.Scenario.RelationshipSpec;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * Relationships written with {@code fromFederationInformation}: created on a running tenant from the partner's
 * GetFederationInformation answer, as {@code Get-FederationInformation | New-OrganizationRelationship} does. The
 * partner must be serving, so this runs after start, never inside {@link TenantDefinitions}.
 *
 * <p>Like written relationships, they seed the tenant's state once: when the tenant's state already holds its
 * relationships (an earlier start created them, maybe changed since), nothing is derived again; {@code --reset}
 * starts from the scenario.
 */
public final class DerivedRelationships {
    private DerivedRelationships() {}

    /** One relationship to derive: where the scenario writes it, whom to ask, and its written parameters. */
    public record Pending(
            Path scenarioFile,
            int organizationIndex,
            int relationshipIndex,
            String organization,
            RelationshipSpec spec,
            URI autodiscover,
            OrganizationRelationship written) {

        public String domain() {
            return spec.fromFederationInformation().domainName();
        }

        /** Asks the partner once; the answer fills DomainNames, TargetApplicationUri and TargetAutodiscoverEpr. */
        public OrganizationRelationship derive(SSLContext tls) {
            FederationInformation answer;
            try {
                answer = FederationInformationPipeline.ask(autodiscover, tls, domain());
            } catch (UnreachableException e) {
                throw failure(
                        Failure.PARTNER_UNREACHABLE,
                        "asked for " + domain() + " at " + autodiscover + " (" + e.getCause() + ")",
                        e);
            } catch (AutodiscoverException e) {
                throw failure(
                        Failure.PARTNER_REFUSED,
                        "asked for " + domain() + " at " + autodiscover + ", it answered " + e.getMessage(),
                        e);
            }
            // The written parameters cannot include the three the answer fills (ScenarioRules), so it overrides none.
            return written.with(FederationInformationPipeline.changes(answer, domain(), autodiscover));
        }

        /** New-OrganizationRelationship on the tenant's store, under the same rules as the admin API. */
        public OrganizationRelationship createOn(RelationshipStore store, OrganizationRelationship derived) {
            try {
                return store.create(derived);
            } catch (RelationshipRefusedException e) {
                throw failure(Failure.RELATIONSHIP_REFUSED, e.reason() + ": " + e.getMessage(), e);
            }
        }

        RelationshipDerivationException failure(Failure failure, String detail, Throwable cause) {
            String pointer = "/organizations/" + organizationIndex + "/relationships/" + relationshipIndex
                    + "/fromFederationInformation";
            return new RelationshipDerivationException(
                    scenarioFile + lineOf(pointer) + ": " + YamlLocations.readable(pointer),
                    organization,
                    spec.name(),
                    failure,
                    detail,
                    cause);
        }

        /** ":line", read again from the file: a scenario keeps no locations once loaded. */
        private String lineOf(String pointer) {
            try {
                int line = YamlLocations.of(Files.readString(scenarioFile)).line(pointer);
                return line > 0 ? ":" + line : "";
            } catch (IOException | RuntimeException e) {
                return "";
            }
        }
    }

    /**
     * The relationships of {@code org} still to derive on a tenant whose state lives in {@code stateDirectory}:
     * none when that state already holds the tenant's relationships, else those with fromFederationInformation.
     */
    public static List<Pending> pending(
            Scenario scenario, OrganizationSpec org, TenantDefinitions.Endpoints endpoints, Path stateDirectory) {
        // Tenant keeps its state under <state>/tenants/<name>/ (see Tenant); the store writes the file on the first
        // change, so its presence means the relationships were seeded already.
        if (Files.exists(stateDirectory.resolve("tenants").resolve(org.name()).resolve(RelationshipStore.FILE_NAME))) {
            return List.of();
        }
        int organizationIndex = scenario.organizations().indexOf(org);
        List<Pending> pending = new ArrayList<>();
        for (int r = 0; r < org.relationships().size(); r++) {
            RelationshipSpec spec = org.relationships().get(r);
            if (!spec.derived()) {
                continue;
            }
            String written = spec.fromFederationInformation().autodiscover();
            if (written == null) {
                // ScenarioRules made sure an organization of the scenario holds the domain.
                written = "tenant:"
                        + scenario.organizationHolding(
                                        spec.fromFederationInformation().domainName())
                                .orElseThrow()
                                .name()
                        + "/autodiscover";
            }
            pending.add(new Pending(
                    scenario.source(),
                    organizationIndex,
                    r,
                    org.name(),
                    spec,
                    URI.create(endpoints.resolve(written)),
                    TenantDefinitions.relationship(spec, endpoints)));
        }
        return pending;
    }
}
