package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.client.availability.EwsCredentials;
import io.fedemu.client.availability.FreeBusyRequest;
import io.fedemu.client.verify.ChainEndpoints;
import io.fedemu.client.verify.Link;
import io.fedemu.client.verify.LinkResult;
import io.fedemu.client.verify.TrustChainReport;
import io.fedemu.client.verify.TrustChainVerifier;
import io.fedemu.junit.FederationExtension;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.reason.Reason;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An organization whose scenario says {@code federated: false}: it registers nothing at the gateway, so
 * its relationships cannot be used in either direction, and each side says why.
 */
class UnfederatedOrganizationAcceptanceTest {
    @RegisterExtension
    static FederationExtension federation =
            FederationExtension.scenario(Path.of("src/test/resources/scenarios/unfederated.yaml"));

    @Test
    void theGatewayKnowsOnlyTheFederatedOrganization() {
        assertThat(federation.gatewayAdmin().organizations())
                .extracting(org -> org.name())
                .containsExactly("contoso-cloud");
        assertThat(federation.tenant("contoso-onprem").federation()).isEmpty();
    }

    /** Docs/PROTOCOL.md section 22: only an organization federated at start has its domain proofs in DNS. */
    @Test
    void onlyTheFederatedOrganizationsDomainsHaveAProofRecordInDns() {
        var zones = federation.topology().dns().zones();
        assertThat(zones.records("contoso.com", "TXT"))
                .extracting(io.fedemu.protocol.dns.DnsRecordInfo::value)
                .containsExactly("\"v=spf1 ip4:127.0.0.1 include:spf.protection.outlook.com -all\"");
        assertThat(zones.records("contoso.mail.onmicrosoft.com", "TXT")).hasSize(2);
    }

    @Test
    void withoutATrustTheOnPremisesSideCannotAskForATokenButStillSaysNoAddressSpaceForUnrelatedDomains() {
        List<FreeBusyResponseType> answers = ask(
                "contoso-onprem", "alice@contoso.com", "Passw0rd!alice", "bob@contoso.com", "zoe@northwind.example");

        // [MS-OXWSCDATA]: ErrorOrganizationNotFederated "MUST be returned if the requestor's organization is not
        // federated" (PROTOCOL.md section 14).
        assertThat(code(answers.get(0))).isEqualTo("ErrorOrganizationNotFederated");
        assertThat(answers.get(0).getResponseMessage().getMessageText()).contains("NO_FEDERATION_TRUST");
        assertThat(code(answers.get(1))).isEqualTo("ErrorAddressSpaceNotFound");
        assertThat(federation.journal().all()).anySatisfy(entry -> {
            assertThat(entry.role()).isEqualTo("contoso-onprem");
            assertThat(entry.reason()).isEqualTo(Reason.NO_FEDERATION_TRUST);
        });
    }

    @Test
    void theCloudGetsNoTokenForAnAudienceTheGatewayDoesNotKnow() {
        FreeBusyResponseType alice = ask(
                        "contoso-cloud", "bob@contoso.mail.onmicrosoft.com", "Passw0rd!bob", "alice@contoso.com")
                .get(0);

        assertThat(code(alice)).isEqualTo("ErrorProxyRequestProcessingFailed");
        assertThat(federation.journal().all()).anySatisfy(entry -> {
            assertThat(entry.role()).isEqualTo("contoso-cloud");
            assertThat(entry.reason()).isEqualTo(Reason.AUDIENCE_UNKNOWN);
        });
    }

    @Test
    void theVerifierFindsTheUnfederatedSidesFederationTrustRefused() {
        TrustChainReport report = new TrustChainVerifier(
                        ChainEndpoints.of(
                                federation.gateway().url(),
                                federation.tenant("contoso-onprem").url(),
                                federation.tenant("contoso-cloud").url(),
                                federation.adminCredential()),
                        federation.tls(),
                        org.apache.cxf.BusFactory.getDefaultBus(),
                        Clock.systemUTC())
                .verify("alice@contoso.com", "Passw0rd!alice", "bob@contoso.com");

        LinkResult copy = report.link(Link.REQUESTER_METADATA_COPY);
        assertThat(copy.reason()).as(report.format()).isEqualTo(Reason.ENDPOINT_REFUSED);
        assertThat(copy.detail()).startsWith("could not be checked: ");
        assertThat(copy.remedy()).endsWith("is running and federated (get-federation-information)");
        assertThat(report.link(Link.REQUESTER_FEDERATION_INFORMATION).reason()).isEqualTo(Reason.AUTODISCOVER_FAILED);
    }

    private static List<FreeBusyResponseType> ask(String tenant, String user, String password, String... attendees) {
        return federation
                .ews(tenant)
                .getUserAvailability(
                        FreeBusyRequest.day(LocalDate.parse("2026-11-30"), attendees)
                                .wire(),
                        null,
                        new EwsCredentials.Basic(user, password),
                        null)
                .response()
                .getFreeBusyResponseArray()
                .getFreeBusyResponse();
    }

    private static String code(FreeBusyResponseType answer) {
        return answer.getResponseMessage().getResponseCode().value();
    }
}
