package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.hybrid.HybridConfigurationInfo;
import io.fedemu.protocol.hybrid.HybridUpdateReport;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.tenant.admin.AdminRefusedException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /admin/hybrid-configuration} of an on-premises organization: Get-, New- and Set-HybridConfiguration (a PUT
 * creates the object when there is none, then changes only the parameters given), and {@code POST .../update}:
 * Update-HybridConfiguration, every stage or one ({@code stage=N}), or their plan ({@code dryRun=true}), against the
 * Exchange Online organization {@code cloud}.
 */
@Path(HybridConfigurationInfo.PATH)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class HybridConfigurationResource {
    private final HybridConfigurationStore store;
    private final HybridConfigurationEngine engine;
    private final HybridOrganization onPremises;
    private final Function<String, Optional<HybridOrganization>> clouds;
    private final String smartHost;

    /**
     * @param clouds    the organizations this emulator runs, by name
     * @param smartHost the on-premises mail host name, the default OnPremisesSmartHost
     */
    public HybridConfigurationResource(
            HybridConfigurationStore store,
            HybridConfigurationEngine engine,
            HybridOrganization onPremises,
            Function<String, Optional<HybridOrganization>> clouds,
            String smartHost) {
        this.store = store;
        this.engine = engine;
        this.onPremises = onPremises;
        this.clouds = clouds;
        this.smartHost = smartHost;
    }

    @GET
    public HybridConfigurationInfo get() {
        return store.get()
                .map(HybridConfiguration::info)
                .orElseThrow(() -> new AdminRefusedException(
                        Reason.HYBRID_CONFIGURATION_NOT_FOUND,
                        onPremises.name() + " has no HybridConfiguration object yet"));
    }

    @PUT
    public synchronized HybridConfigurationInfo set(HybridConfigurationInfo changes) {
        if (changes == null) {
            throw new AdminRefusedException(Reason.REQUEST_INVALID, "the body must be a HybridConfiguration object");
        }
        HybridConfiguration current = store.get().orElseGet(this::defaults);
        try {
            HybridConfiguration changed = HybridConfigurationRules.apply(
                    current,
                    changes,
                    new HybridConfigurationRules.Organization(
                            onPremises.acceptedDomains().stream()
                                    .map(d -> d.domainName().toLowerCase(Locale.ROOT))
                                    .toList(),
                            onPremises.exchangeServers()));
            store.save(changed);
            return changed.info();
        } catch (HybridConfigurationRefused refused) {
            throw new AdminRefusedException(refused.reason(), refused.getMessage());
        }
    }

    @POST
    @Path("/update")
    public synchronized HybridUpdateReport update(
            @QueryParam("cloud") String cloud,
            @QueryParam("stage") Integer stage,
            @QueryParam("dryRun") boolean dryRun) {
        if (cloud == null || cloud.isBlank()) {
            throw new AdminRefusedException(
                    Reason.HYBRID_CLOUD_UNKNOWN, "cloud: name the Exchange Online organization (?cloud=NAME)");
        }
        HybridOrganization tenant = clouds.apply(cloud.trim())
                .orElseThrow(() -> new AdminRefusedException(
                        Reason.HYBRID_CLOUD_UNKNOWN,
                        "cloud: this emulator runs no organization named '" + cloud + "'"));
        if (stage != null && (stage < 1 || stage > engine.stageCount())) {
            throw new AdminRefusedException(
                    Reason.REQUEST_INVALID, "stage: must be 1 to " + engine.stageCount() + ", got " + stage);
        }
        return engine.update(onPremises, tenant, this::defaults, stage, dryRun);
    }

    private HybridConfiguration defaults() {
        return HybridDefaults.of(onPremises, smartHost);
    }
}
