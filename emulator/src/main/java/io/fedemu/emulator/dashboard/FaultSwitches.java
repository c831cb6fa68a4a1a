package io.fedemu.emulator.dashboard;

import io.fedemu.client.http.ProblemException;
import io.fedemu.client.tenant.TenantAdminClient;
import io.fedemu.protocol.faults.GatewayFaults;
import io.fedemu.protocol.faults.LinkFault;
import io.fedemu.protocol.faults.TenantFaults;
import io.fedemu.protocol.reason.Reason;
import io.fedemu.protocol.tenant.OrganizationRelationship;
import io.fedemu.protocol.tenant.RelationshipChanges;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fault buttons a trainer uses: a role down, slow or with its clock off, an organization's link reset or
 * unreachable, the gateway signing with a key it never published, a relationship's free/busy off. Each reads the
 * role's faults and writes the whole set back through the role's admin API, as {@code set-fault} and
 * {@code set-organization-relationship} do; what the form got wrong is refused before anything is sent.
 */
final class FaultSwitches {
    private final RoleAdmins admins;

    FaultSwitches(RoleAdmins admins) {
        this.admins = admins;
    }

    /** Applies one button's change; answers what is in force now, in a sentence. */
    String apply(Map<String, String> form) {
        String fault = form.getOrDefault("fault", "");
        try {
            return switch (fault) {
                case "down" -> role(form, f -> set(form, bool(form, "value"), null, null), "down " + form.get("value"));
                case "delay" ->
                    role(
                            form,
                            f -> set(form, null, number(form, "value", "delay in ms"), null),
                            "answers " + form.get("value") + " ms late");
                case "clock" ->
                    role(
                            form,
                            f -> set(form, null, null, number(form, "value", "clock offset in s")),
                            "clock offset " + form.get("value") + " s");
                case "link" -> link(form);
                case "unpublished-key" -> unpublishedKey(bool(form, "value"));
                case "free-busy" -> freeBusy(form);
                case "clear" -> clear();
                default ->
                    throw new Refusal(
                            Reason.REQUEST_INVALID,
                            "fault '" + fault
                                    + "' is none of down, delay, clock, link, unpublished-key, free-busy, clear");
            };
        } catch (ProblemException e) {
            // The role refused (FAULT_INVALID, LINK_TARGET_UNKNOWN, RELATIONSHIP_UNKNOWN...): it changed nothing.
            Reason reason = Reason.byName(e.problem().reason());
            throw new Refusal(
                    e.status(),
                    reason == null ? Reason.REQUEST_INVALID : reason,
                    e.problem().detail());
        }
    }

    private String role(Map<String, String> form, Function<String, Object> change, String what) {
        String role = admins.role(form.get("role"));
        change.apply(role);
        return role + ": " + what;
    }

    /** The role's faults with one of down, delay or clock changed, the others kept. */
    private Object set(Map<String, String> form, Boolean down, Long delayMillis, Long clockOffsetSeconds) {
        String role = admins.role(form.get("role"));
        if (RoleAdmins.GATEWAY.equals(role)) {
            GatewayFaults now = admins.gateway().faults();
            return admins.gateway()
                    .setFaults(new GatewayFaults(
                            pick(down, now.down()),
                            pick(delayMillis, now.delayMillis()),
                            pick(clockOffsetSeconds, now.clockOffsetSeconds()),
                            now.signWithUnpublishedKey(),
                            now.tokenAudience()));
        }
        TenantAdminClient admin = admins.tenant(role);
        TenantFaults now = admin.faults();
        return admin.setFaults(new TenantFaults(
                pick(down, now.down()),
                pick(delayMillis, now.delayMillis()),
                pick(clockOffsetSeconds, now.clockOffsetSeconds()),
                kept(now.links(), null),
                now.downServers(),
                now.expiredSmtpCertificate()));
    }

    private String link(Map<String, String> form) {
        String role = admins.role(form.get("role"));
        if (RoleAdmins.GATEWAY.equals(role)) {
            throw new Refusal(
                    Reason.REQUEST_INVALID, "the gateway has no outbound links; break the link of the organization");
        }
        String to = required(form, "to");
        String kind = required(form, "kind");
        TenantAdminClient admin = admins.tenant(role);
        TenantFaults now = admin.faults();
        List<LinkFault> links = kept(now.links(), to);
        if (!"none".equals(kind)) {
            links.add(new LinkFault(to, kind, null, null));
        }
        admin.setFaults(new TenantFaults(
                now.down(),
                now.delayMillis(),
                now.clockOffsetSeconds(),
                links,
                now.downServers(),
                now.expiredSmtpCertificate()));
        return role + ": link to " + to + " " + kind;
    }

    /** The links in force without their proxies' addresses (answers only), less the one to {@code replaced}. */
    private static List<LinkFault> kept(List<LinkFault> links, String replaced) {
        List<LinkFault> kept = new ArrayList<>();
        links.stream()
                .filter(l -> replaced == null || !l.to().equalsIgnoreCase(replaced))
                .map(l -> new LinkFault(l.to(), l.fault(), l.delayMillis(), null))
                .forEach(kept::add);
        return kept;
    }

    private String unpublishedKey(boolean value) {
        GatewayFaults now = admins.gateway().faults();
        admins.gateway()
                .setFaults(new GatewayFaults(
                        now.down(), now.delayMillis(), now.clockOffsetSeconds(), value, now.tokenAudience()));
        return "gateway: " + (value ? "signs with an unpublished key" : "signs with its published key");
    }

    private String freeBusy(Map<String, String> form) {
        String role = admins.role(form.get("role"));
        String relationship = required(form, "relationship");
        boolean value = bool(form, "value");
        OrganizationRelationship now = admins.tenant(role)
                .setOrganizationRelationship(
                        relationship,
                        RelationshipChanges.builder()
                                .freeBusyAccessEnabled(value)
                                .build());
        return role + ": relationship '" + now.name() + "' free/busy " + (value ? "on" : "off");
    }

    private String clear() {
        admins.gateway().clearFaults();
        admins.names().forEach(name -> admins.tenant(name).clearFaults());
        return "every fault mended, every clock right";
    }

    /** What the page shows beside each role's buttons: its faults now. */
    Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("gateway", admins.gateway().faults());
        for (String name : admins.names()) {
            state.put(name, admins.tenant(name).faults());
        }
        return state;
    }

    private static String required(Map<String, String> form, String field) {
        String value = form.get(field);
        if (value == null || value.isBlank()) {
            throw new Refusal(Reason.REQUEST_INVALID, "the form has no " + field);
        }
        return value.trim();
    }

    private static boolean bool(Map<String, String> form, String field) {
        String value = required(form, field);
        if (!value.equals("true") && !value.equals("false")) {
            throw new Refusal(Reason.FAULT_INVALID, field + " '" + value + "' is neither true nor false");
        }
        return Boolean.parseBoolean(value);
    }

    private static long number(Map<String, String> form, String field, String what) {
        String value = required(form, field);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new Refusal(Reason.FAULT_INVALID, what + " '" + value + "' is not a whole number");
        }
    }

    private static <T> T pick(T given, T current) {
        return given != null ? given : current;
    }
}
