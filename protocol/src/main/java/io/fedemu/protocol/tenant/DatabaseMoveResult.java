package io.fedemu.protocol.tenant;

/**
 * What Move-ActiveMailboxDatabase answers: where the active copy was and where it is now.
 *
 * @param identity the database
 * @param status   "Succeeded" (a refused move is a problem, not a result)
 */
public record DatabaseMoveResult(String identity, String activeServerAtStart, String activeServerAtEnd, String status) {
    public static final String SUCCEEDED = "Succeeded";
}
