package io.fedemu.tenant.hybrid;

import io.fedemu.protocol.hybrid.HybridConfigurationInfo;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.ExchangeServerInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * New- and Set-HybridConfiguration's checks: every parameter given is checked against the organization before
 * anything is kept, and a refusal names the parameter.
 */
public final class HybridConfigurationRules {
    /** {@code <I>issuer<S>subject}, both parts present. */
    static final Pattern TLS_CERTIFICATE_NAME = Pattern.compile("<I>.+<S>.+");

    static final String EXCHANGE_2013 = "Exchange Server 2013";

    private HybridConfigurationRules() {}

    /** What the organization offers the checks: its accepted domains and its servers. */
    public record Organization(List<String> acceptedDomains, List<ExchangeServerInfo> servers) {}

    /**
     * {@code current} with {@code changes} applied (a null field stays as it is), checked as a whole.
     *
     * @throws HybridConfigurationRefused naming the first parameter that is wrong
     */
    public static HybridConfiguration apply(
            HybridConfiguration current, HybridConfigurationInfo changes, Organization organization) {
        Set<HybridFeature> features = changes.features() == null ? current.features() : features(changes.features());
        List<String> domains = changes.domains() == null ? current.domains() : domains(changes.domains(), organization);
        List<String> receiving = changes.receivingTransportServers() == null
                ? current.receivingTransportServers()
                : servers(
                        "ReceivingTransportServers", changes.receivingTransportServers(), "ClientAccess", organization);
        List<String> sending = changes.sendingTransportServers() == null
                ? current.sendingTransportServers()
                : servers("SendingTransportServers", changes.sendingTransportServers(), "Mailbox", organization);
        String certificate = current.tlsCertificateName();
        if (changes.tlsCertificateName() != null) {
            certificate = blankToNull(changes.tlsCertificateName());
            if (certificate != null
                    && !TLS_CERTIFICATE_NAME.matcher(certificate).matches()) {
                throw new HybridConfigurationRefused(
                        Reason.HYBRID_CERTIFICATE_NAME_MALFORMED,
                        "TlsCertificateName",
                        "must be <I>issuer<S>subject, got " + certificate);
            }
        }
        String smartHost = changes.onPremisesSmartHost() == null
                ? current.onPremisesSmartHost()
                : blankToNull(changes.onPremisesSmartHost());
        return new HybridConfiguration(features, domains, receiving, sending, certificate, smartHost);
    }

    private static Set<HybridFeature> features(List<String> names) {
        Set<HybridFeature> features = EnumSet.noneOf(HybridFeature.class);
        for (String name : names) {
            features.add(HybridFeature.of(name)
                    .orElseThrow(() -> new HybridConfigurationRefused(
                            Reason.HYBRID_FEATURE_UNKNOWN,
                            "Features",
                            "'" + name + "' is no feature; Exchange knows "
                                    + java.util.Arrays.stream(HybridFeature.values())
                                            .map(HybridFeature::exchangeName)
                                            .toList())));
        }
        return features;
    }

    private static List<String> domains(List<String> wanted, Organization organization) {
        List<String> domains = new ArrayList<>();
        for (String domain : wanted) {
            String d = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
            if (organization.acceptedDomains().stream().noneMatch(a -> a.equalsIgnoreCase(d))) {
                throw new HybridConfigurationRefused(
                        Reason.HYBRID_DOMAIN_NOT_ACCEPTED,
                        "Domains",
                        "HCW8016 Hybrid domain '" + d + "' isn't an accepted domain on-premises; accepted domains are "
                                + organization.acceptedDomains());
            }
            if (!domains.contains(d)) {
                domains.add(d);
            }
        }
        return domains;
    }

    private static List<String> servers(String parameter, List<String> wanted, String role, Organization organization) {
        List<String> names = new ArrayList<>();
        for (String name : wanted) {
            ExchangeServerInfo server = organization.servers().stream()
                    .filter(s -> s.name().equalsIgnoreCase(name == null ? "" : name.trim()))
                    .findFirst()
                    .orElseThrow(() -> new HybridConfigurationRefused(
                            Reason.HYBRID_TRANSPORT_SERVER_INVALID,
                            parameter,
                            "no server '" + name + "' in the organization; it has "
                                    + organization.servers().stream()
                                            .map(ExchangeServerInfo::name)
                                            .toList()));
            if (!EXCHANGE_2013.equals(server.product()) || !hasRole(server, role)) {
                throw new HybridConfigurationRefused(
                        Reason.HYBRID_TRANSPORT_SERVER_INVALID,
                        parameter,
                        server.name() + " is " + server.product() + " with " + server.serverRole()
                                + "; it must be an Exchange Server 2013 server with the " + role + " role");
            }
            names.add(server.name());
        }
        return names;
    }

    static boolean hasRole(ExchangeServerInfo server, String role) {
        return server.serverRole() != null
                && java.util.Arrays.stream(server.serverRole().split(","))
                        .anyMatch(r -> r.trim().equalsIgnoreCase(role));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
