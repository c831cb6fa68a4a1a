package io.fedemu.client.diagnostics;

import io.fedemu.protocol.tenant.ExchangeServerInfo;
import java.util.List;

/**
 * The hybrid's version gates as a diagnostic line (a fedemu addition to Exchange's Ids): every Exchange 2013 server
 * on CU1 or later, every Exchange 2007 server on SP3 Update Rollup 10 or later. A server below its gate makes the
 * roads through it fail at request time with the gate's reason; this line names it, and the build to install, before
 * anyone asks for free/busy.
 */
final class ServerVersions {
    private ServerVersions() {}

    static TestResult judge(String id, String organization, List<ExchangeServerInfo> servers) {
        List<ExchangeServerInfo> below =
                servers.stream().filter(s -> s.versionGate() != null).toList();
        if (below.isEmpty()) {
            return TestResult.success(
                    id,
                    "Every server of " + organization + " meets the hybrid's version requirements: "
                            + String.join(
                                    ", ",
                                    servers.stream()
                                            .map(s -> s.name() + " " + s.build())
                                            .toList())
                            + ".");
        }
        return TestResult.error(
                id,
                String.join(
                        " ",
                        below.stream()
                                .map(s -> s.versionGateRemedy() + " (" + s.versionGate() + ")")
                                .toList()));
    }
}
