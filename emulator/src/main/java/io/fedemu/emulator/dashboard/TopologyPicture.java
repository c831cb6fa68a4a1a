package io.fedemu.emulator.dashboard;

import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.faults.GatewayFaults;
import io.fedemu.protocol.faults.LinkFault;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.protocol.gateway.CertificateInfo;
import io.fedemu.protocol.gateway.OrganizationInfo;
import io.fedemu.protocol.tenant.ExchangeServerInfo;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The topology as the roles' admin APIs describe it now, laid out for an SVG: the gateway on top with each
 * organization's federation trust and certificate slots, the organizations side by side with their servers
 * (and versions), faults and mail connectors, and every organization relationship below, each direction on its own
 * line with its free/busy access level. Every line carries its health twice: a colour and a mark in words.
 */
final class TopologyPicture {
    static final int LINE = 34;
    static final int TEXT = 22;
    static final int TITLE = 28;
    static final int BOX_WIDTH = 720;
    static final int GAP = 40;
    static final int MARGIN = 20;

    private final RoleAdmins admins;
    private final List<Map<String, Object>> boxes = new ArrayList<>();
    private final List<Map<String, Object>> texts = new ArrayList<>();
    private final List<Map<String, Object>> lines = new ArrayList<>();

    private TopologyPicture(RoleAdmins admins) {
        this.admins = admins;
    }

    /** The template model of {@code topology.mustache}: width, height, boxes, texts, lines. */
    static Map<String, Object> draw(RoleAdmins admins) {
        return new TopologyPicture(admins).layout();
    }

    private Map<String, Object> layout() {
        List<Endpoints.Tenant> organizations = admins.endpoints().tenants();
        int width = Math.max(BOX_WIDTH + 2 * MARGIN, organizations.size() * (BOX_WIDTH + GAP) - GAP + 2 * MARGIN);
        // The gateway, centred on top.
        List<Row> gateway = gatewayRows();
        int gatewayX = (width - BOX_WIDTH) / 2;
        int gatewayBottom = box(gatewayX, MARGIN, gateway);
        // The organizations in a row below, each joined to the gateway by its federation trust.
        int top = gatewayBottom + 3 * LINE;
        int bottom = top;
        for (int i = 0; i < organizations.size(); i++) {
            Endpoints.Tenant organization = organizations.get(i);
            int x = MARGIN + i * (BOX_WIDTH + GAP);
            List<Row> rows = organizationRows(organization);
            bottom = Math.max(bottom, box(x, top, rows));
            Health trust = rows.get(1).health();
            line(gatewayX + BOX_WIDTH / 2, gatewayBottom, x + BOX_WIDTH / 2, top, Health.NEUTRAL);
            text(
                    (gatewayX + BOX_WIDTH / 2 + x + BOX_WIDTH / 2) / 2 + 8,
                    (gatewayBottom + top) / 2 + 8,
                    TEXT,
                    trust,
                    trust.mark() + " federation trust",
                    false);
        }
        // Relationships, both directions, below.
        List<Row> relationships = relationshipRows(organizations);
        int y = bottom + 2 * LINE;
        text(MARGIN, y, TITLE, Health.NEUTRAL, "Organization relationships", true);
        for (Row row : relationships) {
            y += LINE;
            text(MARGIN, y, TEXT, row.health(), row.text(), false);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("width", width);
        model.put("height", y + LINE);
        model.put("boxes", boxes);
        model.put("texts", texts);
        model.put("lines", lines);
        return model;
    }

    /** One line of text in a box, with its health. */
    record Row(Health health, String text, boolean title) {
        static Row title(String text) {
            return new Row(Health.NEUTRAL, text, true);
        }

        static Row of(Health health, String text) {
            return new Row(health, health.mark() + " " + text, false);
        }

        static Row plain(String text) {
            return new Row(Health.NEUTRAL, text, false);
        }
    }

    /** Draws the rows in a box whose border has the worst health of them; answers the box's bottom. */
    private int box(int x, int y, List<Row> rows) {
        Health worst = Health.NEUTRAL;
        int line = y + LINE + 4;
        for (Row row : rows) {
            worst = worst.worst(row.health());
            text(x + 16, line, row.title() ? TITLE : TEXT, row.health(), row.text(), row.title());
            line += LINE;
        }
        int height = line - y;
        boxes.add(Map.of("x", x, "y", y, "w", BOX_WIDTH, "h", height, "css", worst.css()));
        return y + height;
    }

    private void text(int x, int y, int size, Health health, String text, boolean bold) {
        texts.add(Map.of(
                "x", x, "y", y, "size", size, "css", health.css(), "weight", bold ? "bold" : "normal", "text", text));
    }

    private void line(int x1, int y1, int x2, int y2, Health health) {
        lines.add(Map.of("x1", x1, "y1", y1, "x2", x2, "y2", y2, "css", health.css()));
    }

    private List<Row> gatewayRows() {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.title("Federation gateway"));
        read(rows, "admin API", () -> {
            GatewayFaults faults = admins.gateway().faults();
            roleFaults(rows, faults.down(), faults.delayMillis(), faults.clockOffsetSeconds());
            rows.add(
                    faults.signWithUnpublishedKey()
                            ? Row.of(Health.BROKEN, "signs tokens with an unpublished key")
                            : Row.of(Health.OK, "signs tokens with its published key"));
            if (faults.tokenAudience() != null) {
                rows.add(Row.of(Health.BROKEN, "names every token's audience " + faults.tokenAudience()));
            }
            return null;
        });
        return rows;
    }

    private List<Row> organizationRows(Endpoints.Tenant organization) {
        List<Row> rows = new ArrayList<>();
        rows.add(Row.title(organization.name() + " (" + organization.kind() + ")"));
        // Right under the title: the federation trust at the gateway, which the line to the gateway shows too.
        read(rows, "federation trust at the gateway", () -> {
            OrganizationInfo trust = admins.gateway().organizations().stream()
                    .filter(o -> o.name().equalsIgnoreCase(organization.name()))
                    .findFirst()
                    .orElse(null);
            if (trust == null) {
                rows.add(Row.of(Health.NEUTRAL, "not federated"));
            } else {
                rows.add(
                        trust.enabled()
                                ? Row.of(Health.OK, "federation trust enabled")
                                : Row.of(Health.BROKEN, "federation trust disabled"));
                rows.add(Row.plain("  certificates: current " + thumbprint(trust.currentCertificate()) + ", next "
                        + thumbprint(trust.nextCertificate()) + ", previous "
                        + thumbprint(trust.previousCertificate())));
            }
            return null;
        });
        TenantAdminClient admin = admins.tenant(organization.name());
        read(rows, "admin API", () -> {
            TenantFaults faults = admin.faults();
            roleFaults(rows, faults.down(), faults.delayMillis(), faults.clockOffsetSeconds());
            for (LinkFault link : faults.links()) {
                rows.add(Row.of(
                        Health.BROKEN,
                        "link to " + link.to() + ": " + link.fault()
                                + ("delay".equals(link.fault()) ? " " + link.delayMillis() + " ms" : "")));
            }
            rows.add(Row.plain("Servers"));
            for (ExchangeServerInfo server : admin.exchangeServers()) {
                boolean down = faults.downServers().stream().anyMatch(s -> s.equalsIgnoreCase(server.name()));
                rows.add(Row.of(
                        Health.of(!down),
                        server.name() + " " + server.adminDisplayVersion() + (down ? " down" : " up")));
            }
            return null;
        });
        mailConnectors(rows, admin, organization.kind());
        return rows;
    }

    private static void roleFaults(List<Row> rows, boolean down, long delayMillis, long clockOffsetSeconds) {
        rows.add(down ? Row.of(Health.BROKEN, "down: connections dropped") : Row.of(Health.OK, "serving"));
        if (delayMillis > 0) {
            rows.add(Row.of(Health.DEGRADED, "answers " + delayMillis + " ms late"));
        }
        if (clockOffsetSeconds != 0) {
            rows.add(Row.of(
                    Math.abs(clockOffsetSeconds) > 300 ? Health.BROKEN : Health.DEGRADED,
                    "clock " + (clockOffsetSeconds > 0 ? "+" : "") + clockOffsetSeconds + " s"));
        }
    }

    /** The connectors of a hybrid pair's side, where it has them; an organization in no pair has none. */
    private static void mailConnectors(List<Row> rows, TenantAdminClient admin, String kind) {
        List<String> kinds = "cloud".equals(kind)
                ? List.of("inbound-connectors", "outbound-connectors")
                : List.of("receive-connectors", "send-connectors");
        List<Row> found = new ArrayList<>();
        for (String connectors : kinds) {
            try {
                for (Map<String, Object> connector : admin.mailConnectors(connectors)) {
                    boolean enabled = !Boolean.FALSE.equals(connector.get("enabled"));
                    found.add(Row.of(
                            Health.of(enabled),
                            "✉ " + connector.get("identity") + (enabled ? " enabled" : " disabled")));
                }
            } catch (RuntimeException noneOfThisKind) {
                // MAIL_CONNECTOR_NOT_FOUND: not a side of a hybrid pair, or not this kind.
            }
        }
        if (!found.isEmpty()) {
            rows.add(Row.plain("Mail connectors"));
            rows.addAll(found);
        }
    }

    private List<Row> relationshipRows(List<Endpoints.Tenant> organizations) {
        List<Row> rows = new ArrayList<>();
        for (Endpoints.Tenant organization : organizations) {
            List<OrganizationRelationship> relationships;
            try {
                relationships = admins.tenant(organization.name()).organizationRelationships();
            } catch (RuntimeException e) {
                rows.add(Row.of(Health.BROKEN, organization.name() + ": admin API did not answer"));
                continue;
            }
            for (OrganizationRelationship r : relationships) {
                String partner = partnerOf(r.domainNames(), organizations);
                Health health = Health.of(r.enabled() && r.freeBusyAccessEnabled());
                String access = !r.enabled()
                        ? "relationship disabled"
                        : r.freeBusyAccessEnabled()
                                ? "free/busy " + r.freeBusyAccessLevel().wireName()
                                : "free/busy off";
                rows.add(Row.of(health, organization.name() + " → " + partner + ": '" + r.name() + "', " + access));
            }
        }
        return rows;
    }

    /** The organization holding one of the relationship's domains, else the domains themselves. */
    private static String partnerOf(List<String> domains, List<Endpoints.Tenant> organizations) {
        for (Endpoints.Tenant organization : organizations) {
            for (String domain : domains) {
                if (organization.domains().stream().anyMatch(d -> d.equalsIgnoreCase(domain))) {
                    return organization.name();
                }
            }
        }
        return String.join(", ", domains);
    }

    private static String thumbprint(CertificateInfo certificate) {
        return certificate == null || certificate.thumbprint() == null
                ? "none"
                : certificate
                                .thumbprint()
                                .substring(
                                        0, Math.min(8, certificate.thumbprint().length()))
                                .toUpperCase(Locale.ROOT)
                        + "…";
    }

    /** An admin API that does not answer is drawn as such, not as an error page: the rest of the picture stays. */
    private static void read(List<Row> rows, String what, Supplier<Void> reading) {
        try {
            reading.get();
        } catch (RuntimeException e) {
            rows.add(Row.of(Health.BROKEN, what + " did not answer"));
        }
    }
}
