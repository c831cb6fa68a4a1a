package io.fedemu.junit;

import io.fedemu.protocol.faults.GatewayFaults;
import io.fedemu.protocol.faults.LinkFault;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.topology.Topology;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Faults for one test, set on the running roles exactly as their {@code /admin/faults} would set them.
 * {@link FederationExtension} puts the scenario's own faults back after each test that used this.
 *
 * <pre>{@code
 * federation.faults().link("contoso-onprem", "contoso-cloud", LinkFault.Kind.CONNECTION_RESET);
 * federation.faults().gateway(new GatewayFaults(null, null, null, true, null)); // unpublished signing key
 * }</pre>
 */
public final class FederationFaults {
    private final Topology topology;
    private boolean changed;

    FederationFaults(Topology topology) {
        this.topology = topology;
    }

    /** Replaces the gateway's faults (its clock offset included: absent means 0). */
    public FederationFaults gateway(GatewayFaults faults) {
        changed = true;
        topology.gateway().faults().apply(faults);
        return this;
    }

    /** The gateway drops every connection outside {@code /admin}. */
    public FederationFaults gatewayDown() {
        GatewayFaults now = topology.gateway().faults().current();
        return gateway(new GatewayFaults(
                true, now.delayMillis(), now.clockOffsetSeconds(), now.signWithUnpublishedKey(), now.tokenAudience()));
    }

    /** Replaces organization {@code name}'s faults, its links' included. */
    public FederationFaults organization(String name, TenantFaults faults) {
        changed = true;
        topology.tenant(name).faults().apply(faults);
        return this;
    }

    /** A network fault on {@code from}'s calls to {@code to} ({@code gateway} or an organization). */
    public FederationFaults link(String from, String to, LinkFault.Kind kind) {
        return link(from, LinkFault.of(to, kind, 0));
    }

    /** {@code from}'s calls to {@code to} are answered {@code delay} late. */
    public FederationFaults link(String from, String to, Duration delay) {
        return link(from, LinkFault.of(to, LinkFault.Kind.DELAY, delay.toMillis()));
    }

    /** Every role back to the scenario's faults and clock offsets. */
    public void restoreScenario() {
        topology.applyScenarioFaults();
        changed = false;
    }

    boolean changed() {
        return changed;
    }

    private FederationFaults link(String from, LinkFault fault) {
        TenantFaults now = topology.tenant(from).faults().current();
        List<LinkFault> links = new ArrayList<>();
        now.links().stream()
                .filter(link -> !link.to().equalsIgnoreCase(fault.to()))
                .map(link -> new LinkFault(link.to(), link.fault(), link.delayMillis(), null))
                .forEach(links::add);
        links.add(fault);
        return organization(
                from,
                new TenantFaults(now.down(), now.delayMillis(), now.clockOffsetSeconds(), links, now.downServers()));
    }
}
