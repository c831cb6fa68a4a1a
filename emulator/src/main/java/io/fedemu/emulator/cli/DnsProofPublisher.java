package io.fedemu.emulator.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.fedemu.client.Json;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.tenant.hybrid.DomainProofRemedy;
import io.fedemu.topology.launcher.EndpointsFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code hybrid-wizard --publish-dns}: the wizard publishes a missing proof record in the emulated DNS itself, as
 * {@code fedemu add-dns-record} would (in a real deployment the administrator adds it at the domain's DNS host). The
 * DNS server's admin resource is endpoints.json's {@code dns.admin} (POST a DnsRecordInfo there, as DnsAdminClient does).
 */
final class DnsProofPublisher {
    private final Path stateDirectory;
    private final RunningEmulator emulator;

    DnsProofPublisher(Path stateDirectory, RunningEmulator emulator) {
        this.stateDirectory = stateDirectory;
        this.emulator = emulator;
    }

    void publish(DomainProofRemedy.TxtRecord record) {
        JsonHttp http = new JsonHttp(emulator.tls(), Duration.ofSeconds(10)).withAdmin(emulator.admin());
        http.expect(
                http.postJson(
                        URI.create(records()),
                        Map.of("name", record.name(), "type", "TXT", "value", record.value(), "ttl", 3600)),
                Map.class);
    }

    /** endpoints.json {@code dns.admin}: the DNS admin resource, {@code https://host:port/admin/dns/records}. */
    private String records() {
        try {
            JsonNode dns = Json.lenient()
                    .readTree(EndpointsFile.in(stateDirectory).toFile())
                    .path("dns");
            if (!dns.hasNonNull("admin")) {
                throw new IllegalStateException("this emulator runs no DNS server (endpoints.json has no dns entry): "
                        + "publish the record at the domain's DNS host yourself");
            }
            return dns.get("admin").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
