package io.fedemu.topology;

import io.fedemu.tenant.transport.ConnectorSettingRefused;
import io.fedemu.tenant.transport.MailAdministration;
import io.fedemu.topology.scenario.Scenario.MailSpec;
import io.fedemu.topology.scenario.Scenario.OrganizationSpec;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An organization's {@code mail:} block applied over the wizard's connectors at start, through the same Set- cmdlets
 * the admin API serves (docs/PROTOCOL.md section 18), so the scenario is held to Exchange's rules too.
 */
final class MailOverrides {
    private MailOverrides() {}

    static void apply(OrganizationSpec organization, MailAdministration administration) {
        MailSpec mail = organization.mail();
        try {
            for (Map<String, Object> frontend : mail.receiveConnectors()) {
                Map<String, Object> changes = new LinkedHashMap<>(frontend);
                Object identity = changes.remove("identity");
                if (identity == null) {
                    for (Map<String, Object> connector : administration.list(MailAdministration.RECEIVE)) {
                        administration.set(
                                MailAdministration.RECEIVE,
                                connector.get("name").toString(),
                                changes);
                    }
                } else {
                    administration.set(MailAdministration.RECEIVE, identity.toString(), changes);
                }
            }
            set(administration, MailAdministration.SEND, mail.sendConnector());
            set(administration, MailAdministration.INBOUND, mail.inboundConnector());
            set(administration, MailAdministration.OUTBOUND, mail.outboundConnector());
            if (!mail.transportConfig().isEmpty()) {
                administration.setTransportConfig(mail.transportConfig());
            }
        } catch (ConnectorSettingRefused e) {
            throw new IllegalArgumentException(
                    "organizations[" + organization.name() + "].mail: " + e.getMessage() + " (" + e.reason() + ")", e);
        }
    }

    /** The one connector of {@code kind} this side has, changed as written. */
    private static void set(MailAdministration administration, String kind, Map<String, Object> changes) {
        if (changes.isEmpty()) {
            return;
        }
        String identity = administration.list(kind).get(0).get("identity").toString();
        administration.set(kind, identity, changes);
    }
}
