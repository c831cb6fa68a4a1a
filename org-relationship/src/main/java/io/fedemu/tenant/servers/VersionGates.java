package io.fedemu.tenant.servers;

import io.fedemu.protocol.reason.Reason;
import java.util.Optional;

/**
 * The builds a hybrid of the seed needs (Microsoft: the Hybrid Configuration Wizard came with Exchange 2013 CU1, so
 * the hybrid servers need CU1 or later; every coexisting 2007 server needs SP3 Update Rollup 10). A topology that
 * breaks a gate still starts, as a real organization keeps running; the road through the server that breaks it
 * fails with the gate's reason and the build to upgrade to.
 */
public final class VersionGates {
    public static final ExchangeBuild HYBRID_MINIMUM = ExchangeBuild.EXCHANGE_2013_CU1;
    public static final ExchangeBuild LEGACY_MINIMUM = ExchangeBuild.EXCHANGE_2007_SP3_RU10;

    private VersionGates() {}

    /** A gate a server does not pass: which, and what to tell an administrator. */
    public record Breach(ExchangeServer server, Reason reason, ExchangeBuild required) {
        public String message() {
            return server.name() + " runs " + server.build().releaseName() + " (" + server.build() + "); "
                    + (reason == Reason.HYBRID_SERVER_BELOW_CU1
                            ? "a hybrid server needs "
                            : "an Exchange 2007 server in a hybrid needs ")
                    + required.releaseName() + " (" + required + ") or later.";
        }
    }

    /** The gate {@code server} breaks, if any. */
    public static Optional<Breach> check(ExchangeServer server) {
        if (server.product() == ExchangeProduct.EXCHANGE_2013 && !server.build().isAtLeast(HYBRID_MINIMUM)) {
            return Optional.of(new Breach(server, Reason.HYBRID_SERVER_BELOW_CU1, HYBRID_MINIMUM));
        }
        if (server.product() == ExchangeProduct.EXCHANGE_2007 && !server.build().isAtLeast(LEGACY_MINIMUM)) {
            return Optional.of(new Breach(server, Reason.EXCHANGE_2007_BELOW_RU10, LEGACY_MINIMUM));
        }
        return Optional.empty();
    }
}
