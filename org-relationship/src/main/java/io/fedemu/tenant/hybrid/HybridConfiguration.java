package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.hybrid.HybridConfigurationInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The HybridConfiguration object: the desired state the wizard's engine reads (one per organization; Exchange
 * deprecated -Name). A value, checked by {@link HybridConfigurationRules} before it is kept.
 */
public record HybridConfiguration(
        Set<HybridFeature> features,
        List<String> domains,
        List<String> receivingTransportServers,
        List<String> sendingTransportServers,
        String tlsCertificateName,
        String onPremisesSmartHost) {

    public HybridConfiguration {
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
        domains = List.copyOf(domains);
        receivingTransportServers = List.copyOf(receivingTransportServers);
        sendingTransportServers = List.copyOf(sendingTransportServers);
    }

    public boolean has(HybridFeature feature) {
        return features.contains(feature);
    }

    /** As Get-HybridConfiguration shows it, features in Exchange's order. */
    public HybridConfigurationInfo info() {
        return new HybridConfigurationInfo(
                featureNames(),
                domains,
                receivingTransportServers,
                sendingTransportServers,
                tlsCertificateName,
                onPremisesSmartHost);
    }

    public List<String> featureNames() {
        return java.util.Arrays.stream(HybridFeature.values())
                .filter(features::contains)
                .map(HybridFeature::exchangeName)
                .toList();
    }
}
