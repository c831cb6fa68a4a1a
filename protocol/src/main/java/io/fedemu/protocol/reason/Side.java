package io.fedemu.protocol.reason;

/**
 * Who decides a rejection. A trainer reads it first: it says which organization's configuration (or which
 * component) to look at.
 */
public enum Side {
    /** The federation gateway: its token endpoint or its registry of federation trusts. */
    GATEWAY,
    /** The organization whose user asks for free/busy, before or while it calls its partner. */
    REQUESTING_ORGANIZATION,
    /** The organization holding the target mailbox, judging the partner's token and relationship. */
    RECEIVING_ORGANIZATION,
    /** Any organization, about its own mailboxes, requests or admin API (the same rule on either side). */
    ORGANIZATION,
    /** A client checking the chain from outside (the trust-chain verifier, the test cmdlets). */
    CLIENT,
    /** The runtime every role shares: request size limits and fault injection. */
    ANY_ROLE
}
