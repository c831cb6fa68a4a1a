package io.fedemu.tenant.federation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.fedemu.client.autodiscover.AutodiscoverClient;
import io.fedemu.protocol.federation.UserSettingNames;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * TargetSharingEpr when the relationship names one (Autodiscover is then skipped, PROTOCOL.md section
 * 4); otherwise the partner's Autodiscover GetUserSettings ExternalEwsUrl, cached per Autodiscover
 * endpoint, since every mailbox of an organization is served by the same EWS in fedemu. Bounded (one entry
 * per partner's Autodiscover endpoint; past {@link #MAX_PARTNERS} the least used is asked again).
 */
public final class AutodiscoverPartnerDiscovery implements PartnerDiscovery {
    static final int MAX_PARTNERS = 1_000;

    private final Function<URI, AutodiscoverClient> clients;
    private final Cache<URI, URI> ewsByAutodiscover = Caffeine.newBuilder()
            .maximumSize(MAX_PARTNERS)
            .executor(Runnable::run)
            .build();

    public AutodiscoverPartnerDiscovery(Function<URI, AutodiscoverClient> clients) {
        this.clients = clients;
    }

    @Override
    public URI ewsUrl(OrganizationRelationship relationship, String targetAddress) {
        if (relationship.targetSharingEpr() != null) {
            return URI.create(relationship.targetSharingEpr());
        }
        if (relationship.targetAutodiscoverEpr() == null) {
            throw new DiscoveryException("relationship " + relationship.name()
                    + " names neither TargetSharingEpr nor TargetAutodiscoverEpr");
        }
        URI autodiscover = URI.create(relationship.targetAutodiscoverEpr());
        URI cached = ewsByAutodiscover.getIfPresent(autodiscover);
        if (cached != null) {
            return cached;
        }
        try {
            Map<String, String> settings = clients.apply(autodiscover)
                    .getUserSettings(targetAddress, List.of(UserSettingNames.EXTERNAL_EWS_URL));
            String url = settings.get(UserSettingNames.EXTERNAL_EWS_URL);
            if (url == null) {
                throw new DiscoveryException(
                        "Autodiscover at " + autodiscover + " gave no ExternalEwsUrl for " + targetAddress);
            }
            URI ews = URI.create(url);
            ewsByAutodiscover.put(autodiscover, ews);
            return ews;
        } catch (DiscoveryException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new DiscoveryException(
                    "Autodiscover at " + autodiscover + " failed for " + targetAddress + ": " + e.getMessage(), e);
        }
    }

    /** Forget discovered URLs (a partner moved). */
    public void clear() {
        ewsByAutodiscover.invalidateAll();
    }
}
