package io.fedemu.tenant.relationship.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.CertificateAuthority;
import io.fedemu.certs.CertificateStore;
import io.fedemu.certs.TrustBundles;
import io.fedemu.client.Json;
import io.fedemu.client.http.JsonHttp;
import io.fedemu.protocol.gateway.Problem;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import io.fedemu.runtime.transport.RoleServer;
import io.fedemu.tenant.relationship.RelationshipStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An administrator sets up organization relationships through the tenant's admin API over HTTPS, as
 * New-/Set-/Get-/Remove-OrganizationRelationship would; every refusal is a problem body naming the rule, and
 * neither the relationships nor the state file change.
 */
class OrganizationRelationshipAdminAcceptanceTest {
    static final String HYBRID_CLOUD = "contoso.mail.onmicrosoft.com";

    @TempDir
    Path state;

    Path home;
    RoleServer server;
    JsonHttp http;
    SSLContext tls;
    URI relationships;

    @BeforeEach
    void start() {
        home = state.resolve("tenants").resolve("contoso");
        CertificateStore certificates = CertificateStore.in(state);
        CertificateAuthority authority = certificates.initAuthority(Clock.systemUTC());
        server = serve(new RelationshipStore(home, List.of()), certificates, authority);
        tls = TrustBundles.clientContext(certificates.trustBundle());
        http = new JsonHttp(tls, Duration.ofSeconds(10));
        relationships = URI.create(server.address() + "/admin/organization-relationships");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theHybridWizardsRelationshipIsCreatedChangedReadAndRemoved() {
        JsonHttp.Reply created = http.postJson(
                relationships,
                OrganizationRelationship.named("O365 to On-premises", HYBRID_CLOUD)
                        .with(RelationshipChanges.builder()
                                .freeBusyAccessEnabled(true)
                                .freeBusyAccessLevel(FreeBusyAccessLevel.LIMITED_DETAILS)
                                .targetApplicationUri("outlook.com")
                                .targetAutodiscoverEpr(
                                        "https://autodiscover-s.outlook.com/autodiscover/autodiscover.svc/WSSecurity")
                                .build()));

        assertThat(created.status()).isEqualTo(201);
        OrganizationRelationship body = http.read(created, OrganizationRelationship.class);
        assertThat(body.enabled()).isTrue();
        assertThat(body.domainNames()).containsExactly(HYBRID_CLOUD);
        assertThat(created.body()).contains("\"freeBusyAccessLevel\":\"LimitedDetails\"");

        OrganizationRelationship patched = http.expect(
                http.send(patch(
                        one("o365 TO on-premises"), "{\"enabled\": false, \"freeBusyAccessScope\": \"Hybrid Users\"}")),
                OrganizationRelationship.class);
        assertThat(patched.enabled()).isFalse();
        assertThat(patched.freeBusyAccessScope()).isEqualTo("Hybrid Users");
        assertThat(patched.targetApplicationUri()).isEqualTo("outlook.com");

        OrganizationRelationship put = http.expect(
                http.putJson(
                        one("O365 to On-premises"),
                        RelationshipChanges.builder()
                                .enabled(true)
                                .freeBusyAccessScope("")
                                .build()),
                OrganizationRelationship.class);
        assertThat(put.enabled()).isTrue();
        assertThat(put.freeBusyAccessScope()).isNull();

        assertThat(http.expect(http.get(one("O365 to On-premises")), OrganizationRelationship.class))
                .isEqualTo(put);
        assertThat(http.expect(http.get(relationships), OrganizationRelationship[].class))
                .containsExactly(put);

        assertThat(http.delete(one("O365 to On-premises")).status()).isEqualTo(204);
        assertThat(http.expect(http.get(relationships), OrganizationRelationship[].class))
                .isEmpty();
        assertProblem(http.get(one("O365 to On-premises")), 404, "RELATIONSHIP_UNKNOWN");
    }

    @Test
    void eachRefusalNamesItsRuleAndChangesNeitherTheRelationshipsNorTheFile() throws Exception {
        http.expect(
                http.postJson(relationships, OrganizationRelationship.named("Fabrikam", "fabrikam.com")), Void.class);
        http.expect(
                http.postJson(relationships, OrganizationRelationship.named("Tailspin", "tailspintoys.com")),
                Void.class);
        String listBefore = http.get(relationships).body();
        byte[] fileBefore = Files.readAllBytes(home.resolve(RelationshipStore.FILE_NAME));

        Problem taken = assertProblem(
                http.postJson(relationships, OrganizationRelationship.named("FABRIKAM", "f.com")), 409, "NAME_TAKEN");
        assertThat(taken.title()).isEqualTo("Another organization relationship already has this name.");
        assertThat(taken.detail()).isEqualTo("organization relationship 'Fabrikam' already exists");
        Problem domain = assertProblem(
                http.postJson(relationships, OrganizationRelationship.named("Other", "other.com", "FABRIKAM.com")),
                409,
                "DOMAIN_IN_ANOTHER_RELATIONSHIP");
        assertThat(domain.detail())
                .isEqualTo("domain fabrikam.com already belongs to organization relationship 'Fabrikam'");
        assertProblem(
                http.postJson(relationships, OrganizationRelationship.named("x".repeat(65), "x.com")),
                400,
                "NAME_TOO_LONG");
        assertProblem(
                http.postJson(relationships, OrganizationRelationship.named("NoDomains")), 400, "DOMAIN_REQUIRED");
        assertProblem(
                http.postJson(
                        relationships,
                        OrganizationRelationship.named("Bad", "bad.com")
                                .with(RelationshipChanges.builder()
                                        .targetSharingEpr("mail.bad.com/EWS/Exchange.asmx")
                                        .build())),
                400,
                "TARGET_SHARING_EPR_MALFORMED");
        assertProblem(
                http.send(patch(one("Tailspin"), "{\"domainNames\": [\"fabrikam.com\"]}")),
                409,
                "DOMAIN_IN_ANOTHER_RELATIONSHIP");
        assertProblem(
                http.send(patch(one("Tailspin"), "{\"targetAutodiscoverEpr\": \"ftp://x.com/a\"}")),
                400,
                "TARGET_AUTODISCOVER_EPR_MALFORMED");
        assertProblem(http.send(patch(one("Tailspin"), "{\"name\": \"fabrikam\"}")), 409, "NAME_TAKEN");
        assertProblem(http.send(patch(one("Nobody"), "{\"enabled\": false}")), 404, "RELATIONSHIP_UNKNOWN");
        assertProblem(http.delete(one("Nobody")), 404, "RELATIONSHIP_UNKNOWN");

        assertThat(http.get(relationships).body()).isEqualTo(listBefore);
        assertThat(Files.readAllBytes(home.resolve(RelationshipStore.FILE_NAME)))
                .isEqualTo(fileBefore);
    }

    @Test
    void malformedJsonUnknownFieldsUnknownLevelsAndOversizedBodiesAreProblemsNotCrashes() {
        assertProblem(post("{\"name\": "), 400, "REQUEST_INVALID");
        Problem typo = assertProblem(
                post("{\"name\": \"A\", \"domainNames\": [\"a.com\"], \"freeBusyAcessEnabled\": true}"),
                400,
                "REQUEST_INVALID");
        assertThat(typo.detail()).contains("freeBusyAcessEnabled");
        Problem level = assertProblem(
                post("{\"name\": \"A\", \"domainNames\": [\"a.com\"], \"freeBusyAccessLevel\": " + "\"Reviewer\"}"),
                400,
                "REQUEST_INVALID");
        assertThat(level.detail()).contains("None, AvailabilityOnly or LimitedDetails");
        assertProblem(post(""), 400, "REQUEST_INVALID");
        assertProblem(post("{\"name\": \"" + "x".repeat(100_000) + "\"}"), 413, "BODY_TOO_LARGE");
        assertProblem(
                http.send(HttpRequest.newBuilder(URI.create(relationships + "/A/nothing-here"))
                        .GET()
                        .build()),
                404,
                "PATH_NOT_FOUND");

        assertThat(http.expect(http.get(relationships), OrganizationRelationship[].class))
                .isEmpty();
    }

    @Test
    void aWrongMethodMediaTypeOrAcceptIsAProblemNamingItsReason() {
        Problem method = assertProblem(
                http.send(HttpRequest.newBuilder(relationships).DELETE().build()), 405, "METHOD_NOT_ALLOWED");
        Problem media = assertProblem(
                http.send(HttpRequest.newBuilder(relationships)
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("name=A"))
                        .build()),
                415,
                "UNSUPPORTED_MEDIA_TYPE");
        Problem accept = assertProblem(
                http.send(HttpRequest.newBuilder(relationships)
                        .header("Accept", "text/html")
                        .GET()
                        .build()),
                406,
                "NOT_ACCEPTABLE");

        assertThat(List.of(method.type(), media.type(), accept.type()))
                .containsExactly(
                        "urn:fedemu:reason:method-not-allowed",
                        "urn:fedemu:reason:unsupported-media-type",
                        "urn:fedemu:reason:not-acceptable");
        assertThat(http.expect(http.get(relationships), OrganizationRelationship[].class))
                .isEmpty();
    }

    @Test
    void theLocationOfANewRelationshipWorksForAnyPrintableName() throws Exception {
        HttpResponse<String> created = HttpClient.newBuilder()
                .sslContext(tls)
                .build()
                .send(
                        HttpRequest.newBuilder(relationships)
                                .header("Content-Type", "application/json")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"name\": \"Contoso {EU} & Partners 100%\", \"domainNames\": [\"eu.contoso.com\"]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).isEqualTo(201);
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());
        assertThat(location.getRawPath())
                .endsWith("/organization-relationships/Contoso%20%7BEU%7D%20%26%20Partners%20100%25");
        assertThat(http.expect(http.get(location), OrganizationRelationship.class)
                        .domainNames())
                .containsExactly("eu.contoso.com");
    }

    @Test
    void aChunkedBodyIsCutOffAtTheLimitToo() {
        byte[] huge = ("{\"name\": \"" + "x".repeat(100_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        JsonHttp.Reply reply = http.send(HttpRequest.newBuilder(relationships)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))
                .build());

        assertProblem(reply, 413, "BODY_TOO_LARGE");
        assertThat(http.expect(http.get(relationships), OrganizationRelationship[].class))
                .isEmpty();
    }

    @Test
    void relationshipsSurviveARestartOverTheSameState() {
        http.expect(
                http.postJson(relationships, OrganizationRelationship.named("Fabrikam", "fabrikam.com")), Void.class);
        http.expect(
                http.send(patch(
                        one("Fabrikam"),
                        "{\"freeBusyAccessEnabled\": true, \"freeBusyAccessLevel\": " + "\"AvailabilityOnly\"}")),
                Void.class);
        OrganizationRelationship before = http.expect(http.get(one("Fabrikam")), OrganizationRelationship.class);
        server.close();

        RelationshipStore reopened =
                new RelationshipStore(home, List.of(OrganizationRelationship.named("Scenario", "s.com")));
        CertificateStore certificates = CertificateStore.in(state);
        server = serve(reopened, certificates, certificates.loadAuthority(Clock.systemUTC()));
        relationships = URI.create(server.address() + "/admin/organization-relationships");

        assertThat(reopened.forDomain("Fabrikam.com")).hasValue(before);
        assertThat(http.expect(http.get(relationships), OrganizationRelationship[].class))
                .containsExactly(before);
    }

    private static RoleServer serve(
            RelationshipStore store, CertificateStore certificates, CertificateAuthority authority) {
        return RoleServer.on(
                        "127.0.0.1",
                        0,
                        certificates.tlsServer("tenant-contoso", List.of("127.0.0.1", "localhost"), authority))
                .publishRest(
                        RelationshipAdminApi.MOUNT_PATH,
                        RelationshipAdminApi.resources(store),
                        RelationshipAdminApi.providers());
    }

    private URI one(String name) {
        return URI.create(relationships + "/" + name.replace(" ", "%20"));
    }

    private JsonHttp.Reply post(String body) {
        return http.send(HttpRequest.newBuilder(relationships)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private static HttpRequest patch(URI uri, String body) {
        return HttpRequest.newBuilder(uri)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private static Problem assertProblem(JsonHttp.Reply reply, int status, String reason) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(Problem.MEDIA_TYPE);
        Problem problem;
        try {
            problem = Json.lenient().readValue(reply.body(), Problem.class);
        } catch (java.io.IOException e) {
            throw new AssertionError("not a problem body: " + reply.body(), e);
        }
        assertThat(problem.status()).isEqualTo(status);
        assertThat(problem.reason()).isEqualTo(reason);
        return problem;
    }
}
