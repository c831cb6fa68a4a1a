package io.fedemu.client.gateway;

import io.fedemu.client.http.JsonHttp;
import io.fedemu.protocol.admin.AdminCredential;
import io.fedemu.protocol.faults.GatewayFaults;
import io.fedemu.protocol.gateway.CertificateSubmission;
import io.fedemu.protocol.gateway.ClockOffset;
import io.fedemu.protocol.gateway.DomainProofSubmission;
import io.fedemu.protocol.gateway.GatewayMetadata;
import io.fedemu.protocol.gateway.GatewayPaths;
import io.fedemu.protocol.gateway.OrganizationInfo;
import io.fedemu.protocol.gateway.OrganizationRegistration;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * The gateway's admin API: what New-FederationTrust, Add-FederatedDomain and Set-FederationTrust do
 * at the gateway. Refusals arrive as {@link io.fedemu.client.http.ProblemException} with the named reason.
 */
public final class GatewayAdminClient {
    private final String admin;
    private final JsonHttp http;

    /** @param credential the state directory's admin token (endpoints.json {@code admin.token}) */
    public GatewayAdminClient(URI gatewayUrl, SSLContext tls, AdminCredential credential) {
        this(gatewayUrl, new JsonHttp(tls, Duration.ofSeconds(10)), credential);
    }

    public GatewayAdminClient(URI gatewayUrl, JsonHttp http, AdminCredential credential) {
        String text = gatewayUrl.toString();
        this.admin = (text.endsWith("/") ? text.substring(0, text.length() - 1) : text) + GatewayPaths.ADMIN;
        this.http = http.withAdmin(credential);
    }

    /** What is broken on purpose at the gateway ({@code GET /admin/faults}). */
    public GatewayFaults faults() {
        return http.expect(http.get(uri("/faults")), GatewayFaults.class);
    }

    /** Replaces every fault of the gateway; absent fields mean no fault. */
    public GatewayFaults setFaults(GatewayFaults faults) {
        return http.expect(http.putJson(uri("/faults"), faults), GatewayFaults.class);
    }

    /** Mends every fault and sets the clock right. */
    public GatewayFaults clearFaults() {
        return http.expect(http.delete(uri("/faults")), GatewayFaults.class);
    }

    public OrganizationInfo register(OrganizationRegistration registration) {
        return http.expect(http.postJson(uri("/organizations"), registration), OrganizationInfo.class);
    }

    public List<OrganizationInfo> organizations() {
        return Arrays.asList(http.expect(http.get(uri("/organizations")), OrganizationInfo[].class));
    }

    public OrganizationInfo organization(String name) {
        return http.expect(http.get(uri("/organizations/" + encode(name))), OrganizationInfo.class);
    }

    public void remove(String name) {
        http.expect(http.delete(uri("/organizations/" + encode(name))), Void.class);
    }

    public OrganizationInfo proveDomain(String name, String domain, String proof) {
        return http.expect(
                http.postJson(
                        uri("/organizations/" + encode(name) + "/domains"), new DomainProofSubmission(domain, proof)),
                OrganizationInfo.class);
    }

    /** Remove-FederatedDomain (issue 17): the gateway forgets the organization's claim on {@code domain}. */
    public OrganizationInfo removeDomain(String name, String domain) {
        return http.expect(
                http.delete(uri("/organizations/" + encode(name) + "/domains/" + encode(domain))),
                OrganizationInfo.class);
    }

    public OrganizationInfo stageNextCertificate(String name, String pem) {
        return http.expect(
                http.putJson(
                        uri("/organizations/" + encode(name) + "/certificates/next"), new CertificateSubmission(pem)),
                OrganizationInfo.class);
    }

    public OrganizationInfo publishCertificate(String name) {
        return http.expect(
                http.postJson(uri("/organizations/" + encode(name) + "/certificates/publish"), null),
                OrganizationInfo.class);
    }

    public OrganizationInfo setEnabled(String name, boolean enabled) {
        return http.expect(
                http.postJson(uri("/organizations/" + encode(name) + (enabled ? "/enable" : "/disable")), null),
                OrganizationInfo.class);
    }

    public GatewayMetadata rotateSigningKey() {
        return http.expect(http.postJson(uri("/signing-key/rotate"), null), GatewayMetadata.class);
    }

    public GatewayMetadata dropPreviousSigningKey() {
        return http.expect(http.delete(uri("/signing-key/previous")), GatewayMetadata.class);
    }

    public ClockOffset clockOffset() {
        return http.expect(http.get(uri("/clock")), ClockOffset.class);
    }

    public ClockOffset setClockOffset(Duration offset) {
        return http.expect(http.putJson(uri("/clock"), new ClockOffset(offset.toSeconds(), null)), ClockOffset.class);
    }

    private URI uri(String path) {
        return URI.create(admin + path);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
