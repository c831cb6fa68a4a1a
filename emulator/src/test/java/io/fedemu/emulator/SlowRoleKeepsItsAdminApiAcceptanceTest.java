package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.runtime.faults.RoleFaultSwitch;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A role slowed by the delay fault under load: it holds at most {@link RoleFaultSwitch#MAX_DELAYED} requests and
 * answers the rest 503 at once, as an overloaded server does, so the trainer's admin call that mends it is answered
 * while the held requests are still held.
 */
class SlowRoleKeepsItsAdminApiAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation = FederationExtension.scenario("hybrid");

    @Test
    void aLoadOnASlowRoleNeitherTakesEveryThreadNorBlocksItsAdminApi() throws Exception {
        TenantAdminClient admin = new TenantAdminClient(
                TenantAdminClient.adminOf(federation.tenant("contoso-cloud").url()),
                federation.tls(),
                federation.adminCredential());
        admin.setFaults(new TenantFaults(false, 5_000L, null, null));
        try {
            HttpClient http = HttpClient.newBuilder()
                    .sslContext(federation.tls())
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
            List<CompletableFuture<HttpResponse<Void>>> load = new ArrayList<>();
            for (int i = 0; i < 3 * RoleFaultSwitch.MAX_DELAYED; i++) {
                load.add(http.sendAsync(
                        HttpRequest.newBuilder(
                                        federation.tenant("contoso-cloud").ewsUrl())
                                .header("Content-Type", "text/xml; charset=utf-8")
                                .POST(HttpRequest.BodyPublishers.ofString("<x/>"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding()));
            }
            // The role holds at most MAX_DELAYED of them; the others are answered 503 at once.
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(4))
                    .until(() -> load.stream().filter(CompletableFuture::isDone).count()
                            >= load.size() - RoleFaultSwitch.MAX_DELAYED);

            TenantFaults mended = admin.clearFaults();

            assertThat(mended.delayMillis()).isZero();
            assertThat(load.stream().filter(call -> !call.isDone()))
                    .as("the admin call was answered while the held requests were still held")
                    .isNotEmpty();
            CompletableFuture.allOf(load.toArray(CompletableFuture[]::new)).join();
            long overloaded = load.stream()
                    .filter(call -> call.join().statusCode() == 503)
                    .count();
            assertThat(overloaded).isGreaterThanOrEqualTo(load.size() - RoleFaultSwitch.MAX_DELAYED);
            assertThat(load.stream().map(call -> call.join().statusCode()).filter(status -> status != 503))
                    .as("the held requests were answered by the role itself")
                    .hasSizeLessThanOrEqualTo(RoleFaultSwitch.MAX_DELAYED)
                    .isNotEmpty();
        } finally {
            admin.clearFaults();
        }
    }
}
