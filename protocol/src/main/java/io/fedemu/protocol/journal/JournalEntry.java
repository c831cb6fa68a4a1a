package io.fedemu.protocol.journal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.fedemu.protocol.reason.Reason;
import java.time.Instant;

/**
 * One hop of the trust chain as a role saw it: when, which role, which step, pass or fail, and on a
 * failure the named reason (the same name the SOAP fault, the OAuth error and the CLI trace use).
 *
 * @param requestId ties together the hops of one GetUserAvailability across roles
 * @param subject   what the step was about: a target mailbox, a partner URL, a token id
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(
        long sequence,
        Instant time,
        String role,
        String requestId,
        Step step,
        Verdict verdict,
        Reason reason,
        String requester,
        String subject,
        String detail) {

    public enum Verdict {
        PASS,
        FAIL
    }

    /** The hops of ARCHITECTURE.md "The trust chain, one request". */
    public enum Step {
        ROUTING,
        /** A Client Access server proxying a mailbox to the Mailbox server of its database's active copy. */
        MAILBOX_PROXY,
        /**
         * An Exchange 2007 server's availability address space for the target's domain, and its proxy to the
         * Client Access server the address space names (2007 cannot federate; the 2013 server asks for it).
         */
        AVAILABILITY_ADDRESS_SPACE,
        RELATIONSHIP_MATCH,
        TOKEN_REQUEST,
        /**
         * The requesting side's delegation token for the partner's Autodiscover (offer MSExchange.Autodiscover), asked
         * of the gateway before it calls the partner's /autodiscover/autodiscover.svc/WSSecurity (PROTOCOL.md 14).
         */
        AUTODISCOVER_TOKEN_REQUEST,
        /** The partner's Autodiscover checking that token, with the checks and reasons of TOKEN_VALIDATION. */
        AUTODISCOVER_TOKEN_VALIDATION,
        DISCOVERY,
        PARTNER_CALL,
        TOKEN_VALIDATION,
        ACCESS_DECISION,
        ANSWER,
        // issue 15: message tracking (PROTOCOL.md section 19).
        /** A transport event of the message tracking log (RECEIVE, SEND, DELIVER, FAIL...), one entry each. */
        MESSAGE_TRACKING,
        /** A delivery report search or report: who asked, what was found, or why it was refused. */
        DELIVERY_REPORT,
        // issue 17: the Hybrid Configuration Wizard (PROTOCOL.md section 24).
        /** One stage of Update-HybridConfiguration: what it checked and changed, or why it stopped. */
        HYBRID_CONFIGURATION_STAGE
    }
}
