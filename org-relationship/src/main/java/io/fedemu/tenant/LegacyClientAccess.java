package io.fedemu.tenant;

import io.fedemu.runtime.journal.Journal;
import io.fedemu.runtime.transport.RoleServer;
import io.fedemu.tenant.availability.FreeBusyEngine;
import io.fedemu.tenant.ews.AvailabilityEndpoint;
import io.fedemu.tenant.ews.BasicAuthentication;
import io.fedemu.tenant.ews.CrossPremisesAvailability;
import io.fedemu.tenant.ews.Exchange2007AvailabilityEndpoint;
import io.fedemu.tenant.ews.Exchange2007RequestVersion;
import io.fedemu.tenant.ews.ExternalAccessPolicy;
import io.fedemu.tenant.ews.MailboxFreeBusy;
import io.fedemu.tenant.ews.RequestSizeLimit;
import io.fedemu.tenant.ews.SchemaValidation;
import io.fedemu.tenant.ews.SchemaValidationFault;
import io.fedemu.tenant.ews.ServerVersions;
import io.fedemu.tenant.servers.ExchangeServer;
import java.util.HashMap;

/**
 * What an Exchange 2007 Client Access server serves on its own URL, outside the namespace (its legacy EWS URL,
 * which Autodiscover hands its mailboxes' users): EWS for the organization's users with HTTP Basic, answered as
 * 2007 SP3 answers (ServerVersionInfo 8.3 without Version, its schema's versions only, no WorkingElsewhere). No
 * /WSSecurity: Exchange 2007 cannot federate, so partners never call it; its users reach partners through the
 * availability address spaces instead.
 */
final class LegacyClientAccess {
    /** Never asked: no delegation token reaches a 2007 server (it has no /WSSecurity endpoint). */
    private static final ExternalAccessPolicy NO_PARTNERS = (token, mailbox) -> {
        throw new IllegalStateException("an Exchange 2007 server takes no delegation tokens");
    };

    private final TenantDefinition definition;
    private final ExchangeServer server;
    private final MailboxFreeBusy mailboxes;
    private final CrossPremisesAvailability addressSpaces;
    private final Journal journal;

    /**
     * @param mailboxes     its own mailboxes answered here, the organization's others proxied
     * @param addressSpaces targets outside the organization, through its availability address spaces
     */
    LegacyClientAccess(
            TenantDefinition definition,
            ExchangeServer server,
            MailboxFreeBusy mailboxes,
            CrossPremisesAvailability addressSpaces,
            Journal journal) {
        this.definition = definition;
        this.server = server;
        this.mailboxes = mailboxes;
        this.addressSpaces = addressSpaces;
        this.journal = journal;
    }

    void publish(RoleServer port) {
        AvailabilityEndpoint availability = new AvailabilityEndpoint(
                definition.name() + "/" + server.name(),
                definition.directory(),
                new FreeBusyEngine(),
                mailboxes,
                () -> ServerVersions.of(server.build()),
                java.util.Optional.empty(),
                NO_PARTNERS,
                addressSpaces,
                journal);
        port.publishSoap(Tenant.EWS_PATH, new Exchange2007AvailabilityEndpoint(availability), factory -> {
            factory.getInInterceptors().add(new BasicAuthentication(definition.directory(), definition.name(), false));
            factory.getInInterceptors().add(new RequestSizeLimit(RequestSizeLimit.DEFAULT_MAX_BYTES));
            factory.getInInterceptors().add(new io.fedemu.tenant.ews.UnknownOperation());
            factory.getInInterceptors().add(new Exchange2007RequestVersion());
            factory.getInInterceptors().add(new SchemaValidation(SchemaValidation.ews()));
            factory.getOutFaultInterceptors().add(new SchemaValidationFault());
            factory.setProperties(new HashMap<>(Tenant.XML_LIMITS));
        });
    }
}
