package io.fedemu.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Roles are given ports before they bind them, and CXF shares one Jetty engine per port across the JVM: two
 * roles of one topology given the same port would collide ("path still in use"), as a CI run once showed.
 */
class FreePortTest {
    @Test
    void portsHandedOutBeforeTheyAreBoundAreNeverHandedOutTwice() {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            ports.add(RoleServer.freePort("127.0.0.1"));
        }
        assertThat(ports)
                .doesNotHaveDuplicates()
                .allSatisfy(port -> assertThat(port).isPositive());
    }
}
