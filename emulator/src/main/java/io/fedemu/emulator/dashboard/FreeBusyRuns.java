package io.fedemu.emulator.dashboard;

import io.fedemu.client.availability.EwsFaultException;
import io.fedemu.client.availability.FreeBusyQuery;
import io.fedemu.client.http.UnreachableException;
import io.fedemu.protocol.emulator.Endpoints;
import io.fedemu.protocol.ews.messages.FreeBusyResponseType;
import io.fedemu.protocol.reason.Reason;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The "run free/busy" form: a real GetUserAvailability as a user of an organization, sent by the same client code as
 * {@code get-availability} with a request id of ours, so its trace is exactly this request's hops. The answers are
 * kept (the last few) for the trace page.
 */
final class FreeBusyRuns {
    static final int KEPT = 64;
    static final String REQUEST_ID_PREFIX = "fedemu-dashboard-";

    /** One mailbox's answer as the trace page shows it. */
    record Answer(String mailbox, String responseCode, String messageText) {
        boolean ok() {
            return "NoError".equals(responseCode);
        }
    }

    private final RoleAdmins admins;
    private final Clock clock;
    private final Map<String, List<Answer>> answers = new LinkedHashMap<>();

    FreeBusyRuns(RoleAdmins admins, Clock clock) {
        this.admins = admins;
        this.clock = clock;
    }

    /** Asks, and answers the request id; a form naming an unknown organization or user is refused first. */
    String run(String tenant, String user, String attendees) {
        Endpoints.Tenant organization = admins.organization(tenant);
        String as = user == null ? "" : user.trim();
        String password = organization.mailboxes().stream()
                .filter(m -> m.address().equalsIgnoreCase(as) && m.password() != null)
                .map(Endpoints.Mailbox::password)
                .findFirst()
                .orElseThrow(() -> new Refusal(
                        Reason.REQUEST_INVALID,
                        "'" + as + "' is no mailbox of " + organization.name() + " with a password; its users are "
                                + organization.mailboxes().stream()
                                        .filter(m -> m.password() != null)
                                        .map(Endpoints.Mailbox::address)
                                        .toList()));
        List<String> targets = Arrays.stream((attendees == null ? "" : attendees).split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
        if (targets.isEmpty() || targets.stream().anyMatch(t -> !t.matches("[^@\\s]+@[^@\\s]+"))) {
            throw new Refusal(
                    Reason.REQUEST_INVALID, "'for' must be one or more addresses separated by commas: " + attendees);
        }
        String requestId = REQUEST_ID_PREFIX + UUID.randomUUID();
        FreeBusyQuery query = FreeBusyQuery.day(
                URI.create(organization.ews()), as, password, targets, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        List<Answer> result = new ArrayList<>();
        try {
            List<FreeBusyResponseType> responses = query.ask(admins.tls(), requestId);
            for (int i = 0; i < responses.size(); i++) {
                var message = responses.get(i).getResponseMessage();
                result.add(new Answer(
                        i < targets.size() ? targets.get(i) : "?",
                        message == null || message.getResponseCode() == null
                                ? "NoError"
                                : message.getResponseCode().value(),
                        message == null ? null : message.getMessageText()));
            }
        } catch (EwsFaultException e) {
            result.add(new Answer(String.join(", ", targets), e.code(), e.getMessage()));
        } catch (UnreachableException e) {
            result.add(new Answer(String.join(", ", targets), "Unreachable", e.getMessage()));
        }
        synchronized (answers) {
            answers.put(requestId, result);
            while (answers.size() > KEPT) {
                answers.remove(answers.keySet().iterator().next());
            }
        }
        return requestId;
    }

    /** The answers of a request this form sent; none for another's. */
    List<Answer> answers(String requestId) {
        synchronized (answers) {
            return answers.getOrDefault(requestId, List.of());
        }
    }
}
