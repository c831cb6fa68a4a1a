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
        String backEnd) {}
