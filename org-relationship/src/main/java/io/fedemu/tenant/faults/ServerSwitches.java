package io.fedemu.tenant.faults;

import java.util.List;
import java.util.Set;

/**
 * Servers of an organization that can be switched off as a whole (set-fault --server NAME --down): a server that
 * is down stops listening, so its load balancer and its Client Access servers find its ports closed, as they would
 * a server that crashed.
 */
public interface ServerSwitches {
    /** The servers an administrator may name, in scenario order. */
    List<String> names();

    /** Stops exactly {@code down} (names as {@link #names()} spells them) and starts every other server again. */
    void down(Set<String> down);

    /** The servers stopped now. */
    Set<String> down();

    /** An organization written without servers: no server to name. */
    static ServerSwitches none(String organization) {
        return new ServerSwitches() {
            @Override
            public List<String> names() {
                return List.of();
            }

            @Override
            public void down(Set<String> down) {
                if (!down.isEmpty()) {
                    throw new IllegalArgumentException(organization + " lists no servers; stop the whole"
                            + " organization with down instead of naming "
                            + down.iterator().next());
                }
            }

            @Override
            public Set<String> down() {
                return Set.of();
            }
        };
    }
}
