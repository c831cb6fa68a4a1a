package io.fedemu.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.fedemu.certs.TrustBundles;
import io.fedemu.client.autodiscover.AutodiscoverClient;
import io.fedemu.protocol.federation.FederationInformation;
import io.fedemu.protocol.journal.JournalEntry;
import io.fedemu.protocol.tenant.FreeBusyAccessLevel;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.tenant.Tenant;
import io.fedemu.topology.Topology;
import java.net.URI;
import microsoft.exchange.webservices.data.core.enumeration.availability.FreeBusyViewType;
import microsoft.exchange.webservices.data.core.enumeration.misc.error.ServiceError;
import microsoft.exchange.webservices.data.core.response.AttendeeAvailability;
import org.junit.jupiter.api.Test;

/**
 * What a hybrid as the Hybrid Configuration Wizard leaves it does, whichever way it came to be: relationships that find
 * each other's EWS through Autodiscover, remote mailboxes both ways. {@link HybridScenarioAcceptanceTest} runs it on
 * the shipped {@code hybrid} scenario, {@link WizardBuiltHybridAcceptanceTest} on {@code hybrid-blank} after the
 * wizard (issue 17: the wizard's result must pass the same tests).
 */
abstract class HybridBehaviourContract {

    /** The running hybrid, started by the subclass's extension. */
    abstract Topology topology();

    @Test
    void onPremisesAliceSeesCloudBobThroughAutodiscoverAndCloudBobSeesAlice() throws Exception {
        AttendeeAvailability bob = new EwsUser(
                        topology().trustBundle(),
                        topology().tenant("contoso-onprem").ewsUrl(),
                        "alice@contoso.com",
                        "Passw0rd!alice")
                .monday(FreeBusyViewType.Detailed, "bob@contoso.com")
                .get(0);
        AttendeeAvailability alice = new EwsUser(
                        topology().trustBundle(),
                        topology().tenant("contoso-cloud").ewsUrl(),
                        "bob@contoso.mail.onmicrosoft.com",
                        "Passw0rd!bob")
                .monday(FreeBusyViewType.Detailed, "alice@contoso.com")
                .get(0);

        assertThat(bob.getErrorCode()).as(bob.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(bob.getCalendarEvents())
                .extracting(event -> event.getDetails().getSubject())
                .contains("1:1 with Dana");
        assertThat(alice.getErrorCode()).as(alice.getErrorMessage()).isEqualTo(ServiceError.NoError);
        assertThat(topology().journal().find(entry -> entry.step() == JournalEntry.Step.DISCOVERY))
                .extracting(JournalEntry::detail)
                .contains("Autodiscover ExternalEwsUrl");
    }

    @Test
    void aRelationshipCreatedFromThePartnersFederationInformationWorks() throws Exception {
        Tenant onPremises = topology().tenant("contoso-onprem");
        URI cloudAutodiscover = URI.create("https://localhost:"
                + topology().tenant("contoso-cloud").url().getPort() + "/autodiscover/autodiscover.svc");
        FederationInformation cloud = new AutodiscoverClient(
                        cloudAutodiscover, TrustBundles.clientContext(topology().trustBundle()))
                .getFederationInformation("contoso.mail.onmicrosoft.com");

        assertThat(cloud.applicationUri()).isEqualTo("outlook.com");
        assertThat(cloud.domains()).contains("contoso.mail.onmicrosoft.com");
        assertThat(cloud.tokenIssuers())
                .singleElement()
                .satisfies(issuer -> assertThat(issuer.uri())
                        .isEqualTo(topology().gateway().url().toString()));

        // Get-FederationInformation | New-OrganizationRelationship, replacing the wizard's one.
        OrganizationRelationship before = onPremises
                .relationships()
                .forDomain("contoso.mail.onmicrosoft.com")
                .orElseThrow();
        onPremises.relationships().remove(before.name());
        try {
            onPremises
                    .relationships()
                    .create(OrganizationRelationship.withDefaults(
                            "From federation information",
                            cloud.domains(),
                            true,
                            true,
                            FreeBusyAccessLevel.AVAILABILITY_ONLY,
                            null,
                            cloud.applicationUri(),
                            cloudAutodiscover.toString(),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null));

            AttendeeAvailability bob = new EwsUser(
                            topology().trustBundle(), onPremises.ewsUrl(), "alice@contoso.com", "Passw0rd!alice")
                    .monday(FreeBusyViewType.FreeBusy, "bob@contoso.com")
                    .get(0);
            assertThat(bob.getErrorCode()).as(bob.getErrorMessage()).isEqualTo(ServiceError.NoError);
        } finally {
            onPremises.relationships().remove("From federation information");
            onPremises.relationships().create(before);
        }
    }
}
