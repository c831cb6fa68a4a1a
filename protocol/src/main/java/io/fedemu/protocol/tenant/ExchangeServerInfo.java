package io.fedemu.protocol.tenant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One Exchange server of an organization as Get-ExchangeServer shows it, with where it listens in the emulator.
 *
 * @param serverRole          the installed roles as Exchange lists them: "Mailbox, ClientAccess"
 * @param product             "Exchange Server 2013" or "Exchange Server 2007"
 * @param release             the release the build is, when known: "Exchange Server 2013 CU1"
 * @param build               the exact build, ExSetup's file version: "15.0.620.29"
 * @param adminDisplayVersion what Exchange prints for it: "Version 15.0 (Build 620.29)"
 * @param frontEnd            its Client Access front end (what the namespace forwards to); absent without the role
 * @param backEnd             its Mailbox back end ("Exchange Back End"); absent without the role
 * @param versionGate         the reason of the hybrid version gate the server breaks ({@code HYBRID_SERVER_BELOW_CU1},
 *                            {@code EXCHANGE_2007_BELOW_RU10}); absent when it passes
 * @param versionGateRemedy   what breaks and the build to upgrade to; absent when it passes
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExchangeServerInfo(
        String name,
        String serverRole,
        String product,
        String release,
        String build,
        String adminDisplayVersion,
        String frontEnd,
        String backEnd,
        String versionGate,
        String versionGateRemedy) {

    /** A server that passes every version gate. */
    public ExchangeServerInfo(
            String name,
            String serverRole,
            String product,
            String release,
            String build,
            String adminDisplayVersion,
            String frontEnd,
            String backEnd) {
        this(name, serverRole, product, release, build, adminDisplayVersion, frontEnd, backEnd, null, null);
    }
}
