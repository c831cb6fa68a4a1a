package io.fedemu.protocol.reason;

import static io.fedemu.protocol.reason.Side.ANY_ROLE;
import static io.fedemu.protocol.reason.Side.CLIENT;
import static io.fedemu.protocol.reason.Side.GATEWAY;
import static io.fedemu.protocol.reason.Side.ORGANIZATION;
import static io.fedemu.protocol.reason.Side.RECEIVING_ORGANIZATION;
import static io.fedemu.protocol.reason.Side.REQUESTING_ORGANIZATION;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Every reason fedemu rejects something, once: a stable name, the side that decides it, how it travels on the
 * wire, one sentence a trainer can read aloud, and the remedy. The same value is in the wire answer (the OAuth
 * error's {@code reason}, the problem body's {@code reason}, the SOAP fault's {@code f:Reason}, a mailbox's
 * {@code MessageXml}), the journal entry, the verifier's link and the CLI trace; nothing re-parses it from prose.
 * Like Nimbus's fixed rejection messages, the sentence never varies; what varies (which key, which domain) goes in
 * the detail beside it. The wire facts are in docs/PROTOCOL.md sections 3, 4, 6 and 10.
 */
public enum Reason {
    // --- The gateway's token endpoint (docs/PROTOCOL.md section 3), in the order it checks. -------------------
    GRANT_TYPE_UNSUPPORTED(
            GATEWAY,
            oauth(400, "unsupported_grant_type"),
            "The token request asks for a grant type other than token exchange.",
            c -> "use grant_type urn:ietf:params:oauth:grant-type:token-exchange"),
    ASSERTION_MISSING(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The token request carries no client assertion.",
            c -> "sign a client assertion with " + c.requesterName() + "'s federation certificate"),
    ASSERTION_MALFORMED(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The client assertion is not a signed JWT.",
            c -> "sign a client assertion with " + c.requesterName() + "'s federation certificate"),
    ASSERTION_UNSIGNED(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The client assertion is not signed.",
            c -> "sign the client assertion with " + c.requesterName() + "'s federation certificate"),
    ASSERTION_ALGORITHM_NOT_ALLOWED(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The client assertion is signed with an algorithm the gateway does not accept.",
            c -> "sign the client assertion with RS256"),
    ORGANIZATION_UNKNOWN(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The gateway holds no federation trust for the organization that signed the assertion.",
            c -> "re-establish " + c.requesterName() + "'s federation trust at the gateway"),
    ORGANIZATION_DISABLED(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The organization's federation trust at the gateway is disabled.",
            c -> "re-establish " + c.requesterName() + "'s federation trust at the gateway"),
    ASSERTION_KEY_UNKNOWN(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The client assertion is signed with a certificate the gateway does not hold for the organization.",
            c -> c.requesterName() + " signs with a certificate the gateway does not hold: run "
                    + "set-federation-trust --publish-federation-certificate on " + c.requesterName()),
    ASSERTION_SIGNATURE_INVALID(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The client assertion's signature does not verify.",
            c -> "the assertion was altered: sign a new one with " + c.requesterName() + "'s federation certificate"),
    ASSERTION_EXPIRED(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The client assertion has expired.",
            c -> "the clocks of " + c.requesterName() + " and the gateway are apart: set the clock that is off "
                    + "to the right time"),
    ASSERTION_NOT_YET_VALID(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The client assertion is not valid yet.",
            c -> "the clocks of " + c.requesterName() + " and the gateway are apart: set the clock that is off "
                    + "to the right time"),
    ASSERTION_LIFETIME_TOO_LONG(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The client assertion is valid for longer than the gateway allows.",
            c -> "issue client assertions valid for a few minutes only"),
    ASSERTION_AUDIENCE_MISMATCH(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The client assertion is addressed to another audience than the gateway's token endpoint.",
            c -> "address the client assertion to the gateway's token endpoint"),
    ASSERTION_JTI_MISSING(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The client assertion has no unique id (jti).",
            c -> "give every client assertion a fresh jti"),
    ASSERTION_REPLAYED(
            GATEWAY,
            oauth(401, "invalid_client"),
            "The client assertion was already used once.",
            c -> "sign a new client assertion for every token request"),
    REPLAY_CACHE_FULL(
            GATEWAY,
            oauth(503, "temporarily_unavailable"),
            "The gateway remembers as many recent assertions as it can and refuses new ones for now.",
            c -> "retry when older assertions have expired"),
    SUBJECT_TOKEN_INVALID(
            GATEWAY,
            oauth(400, "invalid_grant"),
            "The subject token naming the user is not valid for the organization that presents it.",
            c -> "present a subject token for " + c.userName() + " signed by " + c.requesterName()),
    USER_DOMAIN_OF_ANOTHER_ORGANIZATION(
            GATEWAY,
            oauth(400, "invalid_grant"),
            "The user's domain is federated by another organization.",
            c -> "ask for tokens only for users of " + c.requesterName() + "'s own federated domains"),
    USER_DOMAIN_NOT_FEDERATED(
            GATEWAY,
            oauth(400, "invalid_grant"),
            "The user's domain is not among the organization's federated domains at the gateway.",
            c -> "prove the user's domain at the gateway: get-federated-domain-proof on " + c.requesterName()
                    + ", then add the domain to its federation trust"),
    AUDIENCE_UNKNOWN(
            GATEWAY,
            oauth(400, "invalid_target"),
            "No federated organization has the application URI the token is asked for.",
            c -> "set TargetApplicationUri of " + c.requesterName()
                    + "'s relationship to the partner's application URI (get-federation-information)"),
    AUDIENCE_DISABLED(
            GATEWAY,
            oauth(400, "invalid_target"),
            "The organization the token is asked for has a disabled federation trust.",
            c -> "re-enable " + c.partnerName() + "'s federation trust at the gateway"),
    OFFER_UNKNOWN(
            GATEWAY,
            oauth(400, "invalid_scope"),
            "The token is asked for an offer the gateway does not know.",
            c -> "ask for MSExchange.SharingCalendarFreeBusy or another offer the gateway lists"),

    // --- The requesting organization (docs/PROTOCOL.md sections 4 and 6). ----------------------------------
    INVALID_SMTP_ADDRESS(
            ORGANIZATION,
            ews("ErrorInvalidSmtpAddress"),
            "The address asked for is not an SMTP address.",
            c -> "ask for an address of the form user@domain"),
    RECIPIENT_NOT_FOUND(
            ORGANIZATION,
            ews("ErrorMailRecipientNotFound"),
            "No mailbox or mail user has this address in the organization's directory.",
            c -> "ask for an address that exists, or create the remote mailbox " + c.targetName() + " on "
                    + c.requesterName() + " with a targetAddress at " + c.partnerName()),
    NO_RELATIONSHIP_FOR_TARGET(
            REQUESTING_ORGANIZATION,
            ews("ErrorAddressSpaceNotFound"),
            "No organization relationship or availability address space of the requesting organization covers the "
                    + "target's domain.",
            c -> "run new-organization-relationship --tenant " + c.requesterName() + " --from-federation-information "
                    + c.targetDomain() + "; for a user on an Exchange 2007 server, which cannot federate, run "
                    + "add-availability-address-space --tenant " + c.requesterName() + " --forest-name "
                    + c.targetDomain() + " --access-method InternalProxy --use-service-account --proxy-url "
                    + "server:<Exchange 2013 Client Access server>/ews"),
    RELATIONSHIP_FOR_TARGET_DISABLED(
            REQUESTING_ORGANIZATION,
            ews("ErrorInvalidOrganizationRelationshipForFreeBusy"),
            "The requesting organization's relationship for the target's domain is disabled.",
            c -> "run set-organization-relationship --tenant " + c.requesterName() + " " + c.identity()
                    + " --enabled true"),
    FREE_BUSY_FOR_TARGET_DISABLED(
            REQUESTING_ORGANIZATION,
            ews("ErrorInvalidOrganizationRelationshipForFreeBusy"),
            "The requesting organization's relationship for the target's domain does not enable free/busy access.",
            c -> "run set-organization-relationship --tenant " + c.requesterName() + " " + c.identity()
                    + " --free-busy-access-enabled true"),
    NO_TARGET_APPLICATION_URI(
            REQUESTING_ORGANIZATION,
            ews("ErrorInvalidOrganizationRelationshipForFreeBusy"),
            "The relationship has no target application URI, so no token can be requested for the partner.",
            c -> "run set-organization-relationship --tenant " + c.requesterName() + " " + c.identity()
                    + " --target-application-uri " + c.detailOr("<partner's application URI>")),
    NO_TARGET_ENDPOINT(
            REQUESTING_ORGANIZATION,
            ews("ErrorInvalidOrganizationRelationshipForFreeBusy"),
            "The relationship names neither a target sharing endpoint nor a target Autodiscover endpoint.",
            c -> "run set-organization-relationship --tenant " + c.requesterName() + " " + c.identity()
                    + " --target-autodiscover-epr <partner's Autodiscover URL>"),
    NO_FEDERATION_TRUST(
            REQUESTING_ORGANIZATION,
            // [MS-OXWSCDATA]: "MUST be returned if the requestor's organization is not federated" (PROTOCOL.md 14).
            ews("ErrorOrganizationNotFederated"),
            "The requesting organization has no federation trust with the gateway, so it cannot request a "
                    + "delegation token.",
            c -> "create " + c.requesterName() + "'s federation trust (federated: true in the scenario)"),
    ADDRESS_SPACE_PROXY_FAILED(
            REQUESTING_ORGANIZATION,
            ews("ErrorProxyRequestProcessingFailed"),
            "The Exchange 2007 server could not have the request answered by the Client Access server its "
                    + "availability address space names as ProxyUrl.",
            c -> "point the address space's ProxyUrl at an Exchange 2013 Client Access server of " + c.requesterName()
                    + " that is up: remove-availability-address-space, then add-availability-address-space "
                    + "--proxy-url server:<name>/ews (the detail names the URL and what it answered)"),
    GATEWAY_UNREACHABLE(
            REQUESTING_ORGANIZATION,
            ews("ErrorProxyRequestProcessingFailed"),
            "The federation gateway could not be reached for a delegation token.",
            c -> "start the gateway, or check the gateway URL of " + c.requesterName()),
    GATEWAY_ANSWER_UNREADABLE(
            REQUESTING_ORGANIZATION,
            ews("ErrorProxyRequestProcessingFailed"),
            "The gateway refused the token request without naming a reason fedemu knows.",
            c -> "check that the gateway URL of " + c.requesterName() + " points at the federation gateway"),
    PARTNER_HOST_NOT_ALLOWED(
            REQUESTING_ORGANIZATION,
            ews("ErrorProxyRequestProcessingFailed"),
            "The relationship or the partner's Autodiscover answer names a host this organization does not call.",
            c -> "point " + c.requesterName() + "'s relationship at an organization of the scenario, or trust the "
                    + "partner outside it: list its URL (https://host:port) under allowedPartners of "
                    + c.requesterName() + " in the scenario file (FederationExtension.allowPartner in a JUnit test)"),
    AUTODISCOVER_FAILED(
            REQUESTING_ORGANIZATION,
            ews("ErrorAutoDiscoverFailed"),
            "The partner's EWS URL could not be discovered through its Autodiscover endpoint.",
            c -> "check TargetAutodiscoverEpr of " + c.requesterName() + "'s relationship and that " + c.partnerName()
                    + " answers Autodiscover"),
    PARTNER_UNREACHABLE(
            REQUESTING_ORGANIZATION,
            ews("ErrorProxyRequestProcessingFailed"),
            "The partner's EWS endpoint could not be reached.",
            c -> "check that " + c.partnerName() + " is running and reachable from " + c.requesterName()
                    + " (get-fault shows an injected network fault)"),
    PARTNER_TIMEOUT(
            REQUESTING_ORGANIZATION,
            ews("ErrorTimeoutExpired"),
            "The partner did not answer within the requesting organization's time budget.",
            c -> "check that " + c.partnerName() + " answers within the time budget (get-fault shows an injected "
                    + "delay)"),
    PARTNER_ANSWER_TOO_LARGE(
            REQUESTING_ORGANIZATION,
            ews("ErrorProxyRequestProcessingFailed"),
            "The partner's answer was larger than the requesting organization reads, so the call was stopped.",
            c -> "check what answers at " + c.partnerName() + "'s EWS URL: no free/busy answer is that large"),
    PARTNER_CALLS_BUSY(
            REQUESTING_ORGANIZATION,
            ews("ErrorProxyRequestProcessingFailed"),
            "The requesting organization already runs as many partner calls as it allows, with more waiting.",
            c -> "send fewer cross-boundary requests at once, or retry shortly"),
    PARTNER_FAULT(
            REQUESTING_ORGANIZATION,
            ews("ErrorProxyRequestProcessingFailed"),
            "The partner refused the request with a SOAP fault that names no trust check.",
            c -> "read the partner's fault in the detail and check that " + c.partnerName() + " is running"),
    PARTNER_ANSWER_MISSING(
            REQUESTING_ORGANIZATION,
            ews("ErrorProxyRequestProcessingFailed"),
            "The partner's answer holds no response for this mailbox.",
            c -> "check " + c.partnerName() + "'s journal for this request (get-availability --trace)"),

    // --- The receiving organization: the partner's delegation token (docs/PROTOCOL.md section 3). -----------
    TOKEN_MISSING(
            RECEIVING_ORGANIZATION,
            securityFault(),
            "The request carries no delegation token in its wsse:Security header.",
            c -> "send the token as a wsse:BinarySecurityToken"),
    TOKEN_MALFORMED(
            RECEIVING_ORGANIZATION,
            securityFault(),
            "The delegation token is not a JWE carrying a signed JWT.",
            c -> "use the token the gateway issued, unaltered"),
    TOKEN_NOT_FOR_OUR_KEY(
            RECEIVING_ORGANIZATION,
            securityFault(),
            "The token is encrypted to a federation certificate this organization does not hold (neither current "
                    + "nor previous).",
            c -> c.partnerName() + " no longer holds the certificate the gateway encrypts to: run "
                    + "set-federation-trust --publish-federation-certificate on " + c.partnerName()),
    GATEWAY_KEY_UNKNOWN(
            RECEIVING_ORGANIZATION,
            securityFault(),
            "The token is signed with a gateway key missing from this organization's copy of the gateway metadata.",
            c -> c.gatewayAtFault()
                    ? "the gateway signed the token with a key it does not publish (" + c.partnerName() + "'s copy"
                            + " of the metadata is current): fix the gateway's signing key (get-fault --role gateway)"
                    : c.partnerName() + " holds a stale copy of the gateway metadata: run set-federation-trust "
                            + "--refresh-metadata on " + c.partnerName()),
    TOKEN_SIGNATURE_INVALID(
            RECEIVING_ORGANIZATION,
            securityFault(),
            "The token's signature does not verify with the gateway key it names.",
            c -> "the token was altered or forged: request a new one from the gateway"),
    TOKEN_ISSUER_MISMATCH(
            RECEIVING_ORGANIZATION,
            securityFault(),
            "The token was issued by another issuer than the gateway this organization trusts.",
            c -> c.requesterName() + " and " + c.partnerName() + " must federate with the same gateway"),
    TOKEN_AUDIENCE_MISMATCH(
            RECEIVING_ORGANIZATION,
            securityFault(),
            "The token is meant for another organization's application URI.",
            c -> c.gatewayAtFault()
                    ? "the gateway issued the token for another audience than " + c.requesterName() + " asked for: "
                            + "fix the gateway (get-fault --role gateway)"
                    : c.relationship() != null && c.detail() != null
                            ? "run set-organization-relationship --tenant " + c.requesterName() + " " + c.identity()
                                    + " --target-application-uri " + c.detail()
                            : "set TargetApplicationUri of " + c.requesterName() + "'s relationship to "
                                    + c.partnerName() + "'s application URI (get-federation-information)"),
    TOKEN_OFFER_MISMATCH(
            RECEIVING_ORGANIZATION,
            securityFault(),
            "The token was issued for another offer than the service called.",
            c -> "request a token for the offer of the service called (MSExchange.SharingCalendarFreeBusy for "
                    + "free/busy)"),
    TOKEN_EXPIRED(
            RECEIVING_ORGANIZATION,
            securityFault(),
            "The token has expired, allowing for clock skew.",
            c -> "the clocks of " + c.requesterName() + ", " + c.partnerName() + " and the gateway are more than 5 "
                    + "minutes apart: set the clock that is off to the right time"),
    TOKEN_NOT_YET_VALID(
            RECEIVING_ORGANIZATION,
            securityFault(),
            "The token is not valid yet, allowing for clock skew.",
            c -> "the clocks of " + c.requesterName() + ", " + c.partnerName() + " and the gateway are more than 5 "
                    + "minutes apart: set the clock that is off to the right time"),
    TOKEN_EMAIL_MISSING(
            RECEIVING_ORGANIZATION,
            securityFault(),
            "The token names no requesting user's email address.",
            c -> "use the token the gateway issued, unaltered"),

    // --- The receiving organization: may the partner see this calendar (docs/PROTOCOL.md section 4). --------
    NO_RELATIONSHIP(
            RECEIVING_ORGANIZATION,
            ews("ErrorNoFreeBusyAccess"),
            "No organization relationship of the receiving organization lists the requester's domain.",
            c -> "add " + c.userDomain() + " to the DomainNames of " + c.partnerName() + "'s relationship with "
                    + "the requesting organization: run set-organization-relationship --tenant " + c.partnerName()
                    + " " + c.identity() + " --domain-names " + c.userDomain()),
    RELATIONSHIP_DISABLED(
            RECEIVING_ORGANIZATION,
            ews("ErrorNoFreeBusyAccess"),
            "The receiving organization's relationship for the requester's domain is disabled.",
            c -> "run set-organization-relationship --tenant " + c.partnerName() + " " + c.identity()
                    + " --enabled true"),
    FREE_BUSY_DISABLED(
            RECEIVING_ORGANIZATION,
            ews("ErrorNoFreeBusyAccess"),
            "The receiving organization's relationship for the requester's domain does not enable free/busy access.",
            c -> "run set-organization-relationship --tenant " + c.partnerName() + " " + c.identity()
                    + " --free-busy-access-enabled true"),
    RELATIONSHIP_LEVEL_NONE(
            RECEIVING_ORGANIZATION,
            ews("ErrorNoFreeBusyAccess"),
            "The organization relationship's free/busy access level is None.",
            c -> "run set-organization-relationship --tenant " + c.partnerName() + " " + c.identity()
                    + " --free-busy-access-level AvailabilityOnly"),
    OUTSIDE_SCOPE(
            RECEIVING_ORGANIZATION,
            ews("ErrorNoFreeBusyAccess"),
            "The mailbox is not a member of the group the relationship limits free/busy access to.",
            c -> "add " + c.targetName() + " to the FreeBusyAccessScope group of " + c.partnerName()
                    + "'s relationship, or clear the scope"),
    DEFAULT_PERMISSION_NONE(
            RECEIVING_ORGANIZATION,
            ews("ErrorNoFreeBusyAccess"),
            "The mailbox owner set the calendar's Default permission to None, which hides it from partners too.",
            c -> "the owner of " + c.targetName() + (c.partner() == null ? "" : " on " + c.partner())
                    + " must set the calendar's Default permission to at least AvailabilityOnly (FreeBusyTimeOnly)"),
    PROXY_REQUEST_NOT_ALLOWED(
            RECEIVING_ORGANIZATION,
            ews("ErrorProxyRequestNotAllowed"),
            "A partner asked for an address that is not a mailbox of this organization; federated requests are "
                    + "never forwarded.",
            c -> "ask " + c.partnerName() + " only for its own mailboxes"),

    // --- Any organization answering for its own mailboxes: the request and the calendar (section 2). -------
    MISSING_ARGUMENT(
            ORGANIZATION,
            ews("ErrorMissingArgument"),
            "A required part of the request is missing.",
            c -> "send a GetUserAvailabilityRequest with MailboxDataArray and FreeBusyViewOptions/TimeWindow"),
    SCHEMA_VALIDATION_FAILED(
            ORGANIZATION,
            ews("ErrorSchemaValidation"),
            "The request does not fit the EWS schema: a value is not valid for its type, or an element is not "
                    + "expected where it stands.",
            c -> "correct the element or attribute the fault names (its MessageXml gives the line and position) "
                    + "to a value its type allows"),
    REQUEST_VERSION_TOO_NEW(
            ORGANIZATION,
            ews("ErrorSchemaValidation"),
            "The request's RequestServerVersion names a schema newer than the server's: an Exchange 2007 server "
                    + "knows only Exchange2007 and Exchange2007_SP1.",
            c -> "ask an Exchange 2007 server at RequestServerVersion Exchange2007_SP1 (ExchangeVersion"
                    + ".Exchange2007_SP1 in the EWS Java API), or ask the namespace's Exchange 2013 Client Access "
                    + "server, which answers for every mailbox"),
    TOO_MANY_MAILBOXES(
            ORGANIZATION,
            ews("ErrorIndividualMailboxLimitReached"),
            "The request names more mailboxes than one GetUserAvailability may (100).",
            c -> "split the request into batches of at most 100 mailboxes"),
    REQUEST_TOO_BIG(
            ORGANIZATION,
            ews("ErrorRequestStreamTooBig"),
            "The SOAP request is larger than the server reads.",
            c -> "send a smaller request"),
    INVALID_TIME_ZONE(
            ORGANIZATION,
            // ResponseCodeType's code for "a time zone error" (PROTOCOL.md section 14).
            ews("ErrorTimeZone"),
            "The request's time zone cannot be understood.",
            c -> "send a SerializableTimeZone with valid biases and transitions, or a known Windows time zone id"),
    TIME_WINDOW_OUT_OF_RANGE(
            ORGANIZATION,
            ews("ErrorInvalidTimeInterval"),
            "A time of the window is not a date and time between the years 1 and 9999.",
            c -> "send StartTime and EndTime as full dates and times between the years 1 and 9999"),
    INVALID_TIME_INTERVAL(
            ORGANIZATION,
            ews("ErrorInvalidTimeInterval"),
            "The end of the time window is not after its start.",
            c -> "ask for a window whose end is after its start"),
    TIME_INTERVAL_TOO_BIG(
            ORGANIZATION,
            ews("ErrorTimeIntervalTooBig"),
            "The time window is longer than the server allows.",
            c -> "ask for a shorter window: 62 days at most, unless the server is configured otherwise"),
    INVALID_MERGED_FREE_BUSY_INTERVAL(
            ORGANIZATION,
            ews("ErrorInvalidMergedFreeBusyInterval"),
            "The merged free/busy interval must be between 5 and 1440 minutes.",
            c -> "set MergedFreeBusyIntervalInMinutes between 5 and 1440"),
    INVALID_FREE_BUSY_VIEW_TYPE(
            ORGANIZATION,
            ews("ErrorInvalidFreeBusyViewType"),
            "The requested view None is not a view.",
            c -> "ask for FreeBusy, Detailed or a merged view"),
    NO_FREE_BUSY_ACCESS(
            ORGANIZATION,
            ews("ErrorNoFreeBusyAccess"),
            "The requester may not see this calendar.",
            c -> "the owner of " + c.targetName() + " must grant at least AvailabilityOnly"),
    MAILBOX_DATABASE_UNAVAILABLE(
            ORGANIZATION,
            ews("ErrorMailboxStoreUnavailable"),
            "The mailbox's database is not mounted on a Mailbox server that answers.",
            c -> "activate a copy of the database on a server that is up (move-active-mailbox-database), or bring"
                    + " the server back (clear-fault --server); the detail names both"),
    HYBRID_SERVER_BELOW_CU1(
            ORGANIZATION,
            ews("ErrorProxyRequestProcessingFailed"),
            "The Exchange 2013 server on this road runs a build older than CU1, which hybrid features need.",
            c -> "upgrade the server the detail names to Exchange Server 2013 CU1 (15.0.620.29) or later"),
    EXCHANGE_2007_BELOW_RU10(
            ORGANIZATION,
            ews("ErrorProxyRequestProcessingFailed"),
            "The mailbox is on an Exchange 2007 server older than SP3 Update Rollup 10, which a hybrid needs.",
            c -> "upgrade the server the detail names to Exchange Server 2007 SP3 Update Rollup 10 (8.3.298.3) or"
                    + " later"),
    RESULT_SET_TOO_BIG(
            ORGANIZATION,
            ews("ErrorResultSetTooBig"),
            "The calendar has more items in the time window than the server returns.",
            c -> "ask for a shorter window"),

    // --- Who may use an admin API at all (docs/reference/admin-api.md "Access"), in the order it is checked. ---
    ADMIN_HOST_NOT_SERVED(
            ANY_ROLE,
            problem(421),
            "The request's Host names a host this role does not serve.",
            c -> "address the role by the URL endpoints.json lists; a foreign Host is how a web page reaches a"
                    + " local server through DNS rebinding"),
    ADMIN_ORIGIN_FOREIGN(
            ANY_ROLE,
            problem(403),
            "The request comes from a web page of another origin.",
            c -> "call the admin API from the CLI, a script or a test, not from another site's page"),
    ADMIN_CREDENTIAL_MISSING(
            ANY_ROLE,
            problem(401),
            "The admin request carries no admin token.",
            c -> "send 'Authorization: Bearer <token>' with the token in the state directory's admin-token file"
                    + " (also endpoints.json admin.token)"),
    ADMIN_CREDENTIAL_WRONG(
            ANY_ROLE,
            problem(401),
            "The admin token is not this emulator's.",
            c -> "read the token again from the admin-token file of the state directory the emulator runs on"
                    + " (--reset makes a new one)"),

    // --- Admin APIs of the organizations (docs/reference/admin-api.md). ------------------------------------
    REQUEST_INVALID(
            ANY_ROLE,
            problem(400),
            "The request is missing a body or has a malformed field.",
            c -> "send the body the admin API documents; the detail names the field"),
    BODY_TOO_LARGE(ANY_ROLE, problem(413), "The request body is too large.", c -> "send a smaller body"),
    MAILBOX_NOT_FOUND(
            ORGANIZATION,
            problem(404),
            "No mailbox with this address is hosted by this organization.",
            c -> "name a mailbox the organization hosts (endpoints.json lists them)"),
    EVENT_NOT_FOUND(
            ORGANIZATION,
            problem(404),
            "The mailbox's calendar has no item with this UID.",
            c -> "list the calendar to find the item's UID"),
    EVENT_INVALID(ORGANIZATION, problem(400), "The calendar item is not valid.", c -> "fix the field the detail names"),
    CALENDAR_FILE_INVALID(
            ORGANIZATION,
            problem(400),
            "The iCalendar file cannot be imported.",
            c -> "fix the iCalendar file at the line the detail names"),
    NO_NEXT_CERTIFICATE(
            ANY_ROLE,
            problem(409),
            "No next federation certificate is staged: stage one before publishing.",
            c -> "run set-federation-trust --thumbprint new first"),
    DOMAIN_NOT_FEDERATED(
            ORGANIZATION,
            problem(404),
            "The domain is not one of this organization's federated domains.",
            c -> "name one of the organization's federated domains (get-federation-information)"),
    ADDRESS_SPACE_INVALID(
            ORGANIZATION,
            problem(400),
            "The availability address space is not valid.",
            c -> "fix the field the detail names (forestName, accessMethod, useServiceAccount or proxyUrl)"),
    ADDRESS_SPACE_NOT_FOUND(
            ORGANIZATION,
            problem(404),
            "No availability address space has this forest name.",
            c -> "list the address spaces with get-availability-address-space"),
    ADDRESS_SPACE_EXISTS(
            ORGANIZATION,
            problem(409),
            "An availability address space for this forest name already exists.",
            c -> "remove the existing one first (remove-availability-address-space), then add it again"),
    RELATIONSHIP_UNKNOWN(
            ORGANIZATION,
            problem(404),
            "No organization relationship has this name.",
            c -> "list the relationships with get-organization-relationship"),
    NAME_REQUIRED(ORGANIZATION, problem(400), "An organization relationship needs a name.", c -> "give it a name"),
    NAME_TOO_LONG(
            ORGANIZATION,
            problem(400),
            "An organization relationship's name has at most 64 characters.",
            c -> "shorten the name"),
    NAME_MALFORMED(
            ORGANIZATION,
            problem(400),
            "An organization relationship's name cannot contain '/', '\\' or control characters.",
            c -> "remove those characters from the name"),
    NAME_TAKEN(
            ORGANIZATION,
            problem(409),
            "Another organization relationship already has this name.",
            c -> "choose another name, or change the existing relationship"),
    DOMAIN_REQUIRED(
            ORGANIZATION,
            problem(400),
            "An organization relationship needs at least one domain.",
            c -> "list the partner's federated domains (--domain-names or --from-federation-information)"),
    DOMAIN_MALFORMED(ANY_ROLE, problem(400), "A domain name is not a valid DNS name.", c -> "correct the domain name"),
    DOMAIN_IN_ANOTHER_RELATIONSHIP(
            ORGANIZATION,
            problem(409),
            "A domain can belong to only one organization relationship.",
            c -> "remove the domain from the other relationship first"),
    TARGET_APPLICATION_URI_MALFORMED(
            ORGANIZATION,
            problem(400),
            "The target application URI must be a name without spaces, such as FYDIBOHF25SPDLT.contoso.com.",
            c -> "take the partner's application URI from get-federation-information"),
    TARGET_AUTODISCOVER_EPR_MALFORMED(
            ORGANIZATION,
            problem(400),
            "The target Autodiscover endpoint must be an absolute http or https URL.",
            c -> "take the partner's Autodiscover URL from get-federation-information"),
    TARGET_SHARING_EPR_MALFORMED(
            ORGANIZATION,
            problem(400),
            "The target sharing endpoint must be an absolute http or https URL.",
            c -> "give the partner's EWS URL"),
    TARGET_OWA_URL_MALFORMED(
            ORGANIZATION,
            problem(400),
            "The target Outlook on the web URL must be an absolute http or https URL.",
            c -> "give the partner's OWA URL"),
    ORGANIZATION_CONTACT_MALFORMED(
            ORGANIZATION,
            problem(400),
            "The organization contact must be an SMTP address.",
            c -> "give an address of the form user@domain"),
    SERVER_NOT_FOUND(
            ORGANIZATION,
            problem(404),
            "No Exchange server of this organization has this name.",
            c -> "name a server get-exchange-server lists"),
    DATABASE_NOT_FOUND(
            ORGANIZATION,
            problem(404),
            "No mailbox database of this organization has this name.",
            c -> "name a database get-mailbox-database lists"),
    DATABASE_COPY_NOT_FOUND(
            ORGANIZATION,
            problem(409),
            "The mailbox database has no copy on this server, so it cannot be activated there.",
            c -> "activate it on a server that holds a copy (get-mailbox-database lists them)"),

    // --- The gateway's registry of federation trusts (its admin API). ------------------------------------
    FEDERATION_TRUST_NOT_FOUND(
            GATEWAY,
            problem(404),
            "No federation trust exists for this organization.",
            c -> "create the organization's federation trust first"),
    ORGANIZATION_EXISTS(
            GATEWAY,
            problem(409),
            "A federation trust with this name already exists.",
            c -> "change the existing federation trust instead"),
    APPLICATION_URI_TAKEN(
            GATEWAY,
            problem(409),
            "Another organization already uses this application URI.",
            c -> "choose an application URI of the organization's own"),
    APPLICATION_URI_REQUIRED(
            GATEWAY,
            problem(400),
            "A cloud organization must name its application URI.",
            c -> "give the cloud organization's application URI"),
    CERTIFICATE_UNREADABLE(
            GATEWAY,
            problem(400),
            "The federation certificate is not a PEM X.509 certificate.",
            c -> "send the certificate as PEM"),
    CERTIFICATE_NOT_FEDERATION_CAPABLE(
            GATEWAY,
            problem(400),
            "The certificate cannot serve federation: Exchange needs RSA 2048, a Subject Key Identifier and "
                    + "Client Authentication, valid now.",
            c -> "issue a certificate with those properties (fedemu certs does)"),
    CERTIFICATE_ALREADY_CURRENT(
            GATEWAY,
            problem(409),
            "This certificate is already the organization's current one.",
            c -> "stage a new certificate before publishing"),
    DOMAIN_PROOF_INVALID(
            GATEWAY,
            problem(400),
            "The domain proof does not verify against the organization's federation certificate.",
            c -> "take the proof from get-federated-domain-proof of the same organization"),
    DOMAIN_HELD_BY_ANOTHER_ORGANIZATION(
            GATEWAY,
            problem(409),
            "The domain is already federated by another organization.",
            c -> "remove the domain from the other organization's federation trust first"),

    // --- Fault injection, shared by every role (docs/reference/faults.md). --------------------------------
    PATH_NOT_FOUND(
            ANY_ROLE, problem(404), "No admin resource has this path.", c -> "use a path the admin API documents"),
    METHOD_NOT_ALLOWED(
            ANY_ROLE,
            problem(405),
            "The admin resource does not accept this HTTP method.",
            c -> "use a method the admin API documents for this path"),
    NOT_ACCEPTABLE(
            ANY_ROLE,
            problem(406),
            "The admin resource cannot answer in the media type asked for.",
            c -> "accept application/json"),
    UNSUPPORTED_MEDIA_TYPE(
            ANY_ROLE,
            problem(415),
            "The admin resource does not read this Content-Type.",
            c -> "send the body as application/json"),
    FAULT_INVALID(ANY_ROLE, problem(400), "The fault request is not valid.", c -> "fix the field the detail names"),
    LINK_TARGET_UNKNOWN(
            ANY_ROLE,
            problem(400),
            "The link's target is neither the gateway, a known organization nor a URL.",
            c -> "name the gateway, an organization of the scenario or a URL"),

    // --- Found by the trust-chain verifier from outside (docs/ARCHITECTURE.md "The trust chain"). ---------
    TARGET_IS_LOCAL(
            CLIENT,
            finding(),
            "The target is a mailbox of the requesting organization itself.",
            c -> "ask for a mailbox of " + c.partnerName()),
    TARGET_DOMAIN_NOT_FEDERATED(
            CLIENT,
            finding(),
            "The target's routing domain is not among the partner's federated domains.",
            c -> "correct the targetAddress of " + c.targetName() + " on " + c.requesterName()
                    + " to an address in " + c.detailOr("the partner's federated domains")
                    + " (Set-RemoteMailbox -RemoteRoutingAddress)"),
    NO_AUDIENCE(
            CLIENT,
            finding(),
            "There is no application URI to ask the gateway for a token for.",
            c -> "set TargetApplicationUri of " + c.requesterName() + "'s relationship (get-federation-information)"),
    APPLICATION_URI_MISMATCH(
            CLIENT,
            finding(),
            "The organization publishes another application URI than its federation trust holds.",
            c -> "check the Autodiscover URL configured for " + c.requesterName()),
    GATEWAY_CERTIFICATE_NOT_CURRENT(
            CLIENT,
            finding(),
            "The gateway's signing certificate is not valid now.",
            c -> "rotate the gateway's signing key (POST /admin/signing-key/rotate at the gateway)"),
    ENDPOINT_UNREACHABLE(
            CLIENT,
            finding(),
            "An endpoint the check needs did not answer.",
            c -> "check that " + c.requesterName() + " is running and reachable"),
    ENDPOINT_REFUSED(
            CLIENT,
            finding(),
            "An endpoint the check needs refused the request.",
            c -> "check that " + c.requesterName() + " is running and federated (get-federation-information)"),
    CHECK_FAILED(
            CLIENT,
            finding(),
            "An endpoint the check needs answered something it could not read.",
            c -> "check that " + c.requesterName() + " is running and reachable"),

    // issue 14: meeting suggestions (PROTOCOL.md section 12)
    SUGGESTIONS_OPTION_OUT_OF_RANGE(
            ORGANIZATION,
            ews("ErrorMeetingSuggestionGenerationFailed"),
            "A SuggestionsViewOptions value is outside the range Exchange accepts, so no suggestions were made.",
            c -> "send GoodThreshold 1 to 49, MaximumResultsByDay and MaximumNonWorkHourResultsByDay 0 to 48 and "
                    + "MeetingDurationInMinutes 30 to 1440 (the EWS Java API's AvailabilityOptions allow exactly these)"),

    // --- issue 14: distribution groups (PROTOCOL.md section 13). ----------------------------------------
    DISTRIBUTION_GROUP_TOO_LARGE(
            ORGANIZATION,
            ews("ErrorFreeBusyDLLimitReached"),
            "The distribution group has more members than the availability service expands (100).",
            c -> "ask for the group's members themselves, or for smaller groups of at most 100 members"),
    DISTRIBUTION_GROUP_NOT_FOUND(
            ORGANIZATION,
            problem(404),
            "No distribution group of this organization has this name or address.",
            c -> "name a group get-distribution-group lists"),

    // --- issue 14: MailTips across the relationship and automatic replies (docs/PROTOCOL.md section 15). -----
    MAIL_TIPS_NO_RELATIONSHIP(
            RECEIVING_ORGANIZATION,
            ews("ErrorMailTipsDisabled"),
            "No enabled organization relationship of the receiving organization lists the sender's domain, so it "
                    + "returns no MailTips to it.",
            c -> "add " + c.userDomain() + " to the DomainNames of an enabled relationship of " + c.partnerName()
                    + ": run set-organization-relationship --tenant " + c.partnerName() + " " + c.identity()
                    + " --domain-names " + c.userDomain() + " --enabled true"),
    MAIL_TIPS_ACCESS_DISABLED(
            RECEIVING_ORGANIZATION,
            ews("ErrorMailTipsDisabled"),
            "The receiving organization's relationship for the sender's domain does not enable MailTips access.",
            c -> "run set-organization-relationship --tenant " + c.partnerName() + " " + c.identity()
                    + " --mail-tips-access-enabled true"),
    MAIL_TIPS_LEVEL_NONE(
            RECEIVING_ORGANIZATION,
            ews("ErrorMailTipsDisabled"),
            "The organization relationship's MailTips access level is None.",
            c -> "run set-organization-relationship --tenant " + c.partnerName() + " " + c.identity()
                    + " --mail-tips-access-level Limited (or All)"),
    OOF_MAILBOX_NOT_FOUND(
            ORGANIZATION,
            ews("ErrorNonExistentMailbox"),
            "No mailbox of the organization has the address whose automatic replies were asked for.",
            c -> "name a mailbox the organization hosts (endpoints.json lists them)"),
    OOF_ACCESS_DENIED(
            ORGANIZATION,
            ews("ErrorAccessDenied"),
            "Only the mailbox's owner reads or sets its automatic replies over EWS.",
            c -> "sign in as the mailbox's owner, or set them with PUT /admin/mailboxes/{address}/automatic-replies"),
    OOF_DURATION_INVALID(
            ORGANIZATION,
            ews("ErrorInvalidScheduledOofDuration"),
            "Scheduled automatic replies need a duration whose end is after its start.",
            c -> "send a Duration with StartTime before EndTime, or set OofState Enabled or Disabled"),
    AUTOMATIC_REPLIES_INVALID(
            ORGANIZATION,
            problem(400),
            "The automatic reply settings are not valid.",
            c -> "give autoReplyState Disabled, Enabled or Scheduled (Scheduled with startTime before endTime), "
                    + "externalAudience None, Known or All, times as ISO-8601 with an offset"),

    // --- issue 14: the other EWS operations a client calls around free/busy (docs/PROTOCOL.md section 16). ---
    OPERATION_NOT_EMULATED(
            ORGANIZATION,
            ews("ErrorInvalidRequest"),
            "The SOAP body holds an element that is no EWS operation this server emulates.",
            c -> "send one of the operations docs/PROTOCOL.md section 16 lists; fedemu emulates free/busy and the"
                    + " calls clients make around it, not a whole mailbox"),
    REQUEST_BODY_EMPTY(
            ORGANIZATION,
            ews("ErrorInvalidRequest"),
            "The SOAP body holds no operation at all.",
            c -> "put the operation's element (GetUserAvailabilityRequest, FindItem, ...) in the SOAP body"),
    OPERATION_NEEDS_NEWER_VERSION(
            ORGANIZATION,
            ews("ErrorIncorrectSchemaVersion"),
            "The operation exists only from a later RequestServerVersion than the request names.",
            c -> "send RequestServerVersion Exchange2010 or later (ExchangeVersion.Exchange2010 in the EWS Java API)"),
    TIME_ZONE_ID_UNKNOWN(
            ORGANIZATION,
            ews("ErrorTimeZone"),
            "The request names a time zone id the server has no definition for.",
            c -> "ask for a Windows time zone id (\"Pacific Standard Time\"); GetServerTimeZones without Ids lists"
                    + " them all"),
    NAME_NOT_RESOLVED(
            ORGANIZATION,
            ews("ErrorNameResolutionNoResults"),
            "No mailbox or mail user of the organization's directory matches the name.",
            c -> "resolve a display name, alias or SMTP address of the directory (list-mailboxes)"),
    NAME_AMBIGUOUS(
            ORGANIZATION,
            ews("ErrorNameResolutionMultipleResults"),
            "More than one directory entry matches the name; the answer lists them.",
            c -> "resolve a longer part of the name, or the SMTP address"),
    ITEM_ID_EMPTY(
            ORGANIZATION,
            ews("ErrorInvalidIdEmpty"),
            "An item id in the request is empty.",
            c -> "send the Id a FindItem or ConvertId answer gave"),
    ITEM_ID_MALFORMED(
            ORGANIZATION,
            ews("ErrorInvalidIdMalformed"),
            "An id in the request is not an id of the format it claims.",
            c -> "send the Id exactly as a FindItem or ConvertId answer gave it, in the format it names"),
    ITEM_ID_LEGACY_FORMAT(
            ORGANIZATION,
            ews("ErrorInvalidIdMalformedEwsLegacyIdFormat"),
            "An item id is in the Exchange 2007 format, which a request at Exchange2007_SP1 or later may not use.",
            c -> "convert it first: ConvertId with DestinationFormat EwsId"),
    ITEM_NOT_FOUND(
            ORGANIZATION,
            ews("ErrorItemNotFound"),
            "No item of the mailbox has this id.",
            c -> "find the item again (FindItem): it was removed, or the id names another item"),
    OTHER_MAILBOX_NOT_SERVED(
            ORGANIZATION,
            ews("ErrorAccessDenied"),
            "The request reads another mailbox's calendar; fedemu serves each user only their own.",
            c -> "sign in as the mailbox's owner, or ask its free/busy with GetUserAvailability"),
    PARTNER_OPERATION_NOT_ALLOWED(
            ORGANIZATION,
            ews("ErrorAccessDenied"),
            "A partner organization's delegation token allows the federated operations only, not this one.",
            c -> "ask " + c.partnerName() + "'s mailboxes' free/busy with GetUserAvailability"),
    FOLDER_NOT_FOUND(
            ORGANIZATION,
            ews("ErrorFolderNotFound"),
            "No folder of the mailbox has this id.",
            c -> "name the folder as a DistinguishedFolderId (calendar) or by the FolderId an answer gave"),
    CALENDAR_VIEW_ON_OTHER_FOLDER(
            ORGANIZATION,
            ews("ErrorCalendarFolderIsInvalidForCalendarView"),
            "A CalendarView asks a folder that is not a calendar.",
            c -> "ask the CalendarView of DistinguishedFolderId calendar"),
    CALENDAR_VIEW_END_BEFORE_START(
            ORGANIZATION,
            ews("ErrorCalendarEndDateIsEarlierThanStartDate"),
            "The CalendarView's EndDate is before its StartDate.",
            c -> "send an EndDate after the StartDate"),
    CALENDAR_VIEW_RANGE_TOO_BIG(
            ORGANIZATION,
            ews("ErrorCalendarViewRangeTooBig"),
            "The CalendarView spans more than the two years Exchange allows.",
            c -> "ask for at most two years at a time"),
    OCCURRENCE_INDEX_OUT_OF_RANGE(
            ORGANIZATION,
            ews("ErrorCalendarOccurrenceIndexIsOutOfRecurrenceRange"),
            "The occurrence index points past the last occurrence of the series.",
            c -> "ask an InstanceIndex between 1 and the number of occurrences"),
    CONVERT_ID_MAILBOX_UNKNOWN(
            ORGANIZATION,
            ews("ErrorNonExistentMailbox"),
            "The id's Mailbox is no mailbox of this organization.",
            c -> "send the primary SMTP address of the mailbox that holds the item"),

    // --- Hybrid mail transport (issue 15, docs/PROTOCOL.md section 17): connectors and mutual TLS. ------------
    MAIL_SEND_CERTIFICATE_NOT_FOUND(
            ORGANIZATION,
            smtp(
                    454,
                    "4.7.5",
                    "The certificate specified in TlsCertificateName of the SendConnector could not be found."),
            "The Send connector's TlsCertificateName names no certificate this organization holds.",
            c -> "Set-SendConnector -TlsCertificateName <I>issuer<S>subject of the server's certificate"),
    MAIL_PEER_CERTIFICATE_DOMAIN_MISMATCH(
            ORGANIZATION,
            smtp(454, "4.7.5", "Certificate validation failure"),
            "The receiving host's certificate names none of the Send connector's TlsDomain (DomainValidation).",
            c -> "set the Send connector's TlsDomain to a name on the receiving host's certificate"),
    MAIL_HOP_UNREACHABLE(
            ORGANIZATION,
            smtp(451, "4.4.0", "Primary target IP address responded with: \"421 4.4.1 Unable to connect.\""),
            "The next hop refused the connection or ended the TLS handshake before answering.",
            c -> "start the next hop's endpoint and check that it trusts this side's certificate"),
    MAIL_STARTTLS_REQUIRED(
            ORGANIZATION,
            smtp(451, "5.7.3", "STARTTLS is required to send mail."),
            "The connector requires TLS and the client sent MAIL FROM without STARTTLS.",
            c -> "issue STARTTLS before MAIL FROM, or Set-ReceiveConnector -RequireTLS $false"),
    MAIL_SENDER_CERTIFICATE_NOT_ACCEPTED(
            ORGANIZATION,
            smtp(550, "5.7.64", "TenantAttribution; Relay Access Denied ATTR36"),
            "The sending host's certificate matches no inbound connector's TlsSenderCertificateName, so the "
                    + "message is not attributed to the organization and may not be relayed.",
            c -> "Set-InboundConnector -TlsSenderCertificateName to a name on the on-premises certificate"),
    MAIL_RECIPIENT_NOT_FOUND(
            ORGANIZATION,
            smtp(550, "5.1.1", "RESOLVER.ADR.ExRecipNotFound; not found"),
            "The recipient is in an accepted domain of the organization but no mailbox or mail user has the address.",
            c -> "send to an address of a mailbox of the organization"),
    MAIL_RELAY_DENIED(
            ORGANIZATION,
            smtp(550, "5.7.54", "SMTP; Unable to relay recipient in non-accepted domain"),
            "An anonymous sender names a recipient outside the organization's accepted domains.",
            c -> "send only to recipients in the organization's accepted domains, or authenticate"),
    MAIL_AUTHENTICATION_FAILED(
            ORGANIZATION,
            smtp(535, "5.7.3", "Authentication unsuccessful"),
            "The submission's AUTH names an unknown user or the wrong password.",
            c -> "authenticate with the mailbox's address and password"),
    MAIL_MESSAGE_TOO_LARGE(
            ORGANIZATION,
            smtp(552, "5.3.4", "Message size exceeds fixed maximum message size"),
            "The message is larger than the connector's MaxMessageSize.",
            c -> "send a smaller message, or raise MaxMessageSize on the connector"),
    MAIL_TOO_MANY_RECIPIENTS(
            ORGANIZATION,
            smtp(452, "4.5.3", "Too many recipients"),
            "The message names more recipients than the connector's MaxRecipientsPerMessage.",
            c -> "send the rest of the recipients in another message"),

    // --- Mail connectors, faults and test-mail-flow (issue 15, docs/PROTOCOL.md section 18). -----------------
    MAIL_RECEIVE_CERTIFICATE_NOT_FOUND(
            ORGANIZATION,
            smtp(451, "5.7.3", "STARTTLS is required to send mail"),
            "The Receive connector's TlsCertificateName names no certificate its server holds, so its EHLO answer "
                    + "offers no STARTTLS and a sender that requires TLS cannot send.",
            c -> "Set-ReceiveConnector -TlsCertificateName <I>issuer<S>subject of a certificate the server holds"),
    MAIL_STARTTLS_STRIPPED(
            ORGANIZATION,
            smtp(451, "5.7.3", "STARTTLS is required to send mail"),
            "Something between the servers removed STARTTLS from the receiving host's EHLO answer, so a sender "
                    + "that requires TLS cannot send.",
            c -> "turn off the SMTP inspection of the firewall or proxy between the premises"),
    MAIL_PEER_CERTIFICATE_EXPIRED(
            ORGANIZATION,
            smtp(454, "4.7.5", "Certificate validation failure"),
            "The receiving host's certificate has expired, so the connector's certificate check fails.",
            c -> "renew the certificate and name the new one in the connector's TlsCertificateName"),
    MAIL_RECEIVE_CONNECTOR_DISABLED(
            ORGANIZATION,
            smtp(451, "4.4.0", "Primary target IP address responded with: \"421 4.4.1 Unable to connect.\""),
            "The Receive connector the hop goes to is disabled, so nothing listens on its binding.",
            c -> "Set-ReceiveConnector -Enabled $true"),
    MAIL_CONNECTOR_DISABLED(
            ORGANIZATION,
            smtp(554, "5.4.4", "Unable to route"),
            "The connector that carries the recipient's domain is disabled, so the message has no route.",
            c -> "Set-SendConnector (on-premises) or Set-OutboundConnector (Exchange Online) -Enabled $true"),
    MAIL_SMART_HOST_NOT_FOUND(
            ORGANIZATION,
            smtp(451, "4.4.0", "DNS query failed"),
            "The connector's smart host is a name that resolves to no mail host of the scenario.",
            c -> "set the connector's SmartHosts to the other side's mail host"),
    MAIL_CONNECTOR_NOT_FOUND(
            ORGANIZATION,
            problem(404),
            "The organization has no connector of that kind with this identity.",
            c -> "name a connector the matching get-*-connector lists"),
    MAIL_CONNECTOR_INVALID(
            ORGANIZATION,
            problem(400),
            "A connector or transport config setting has a value Exchange's Set- cmdlet refuses.",
            c -> "correct the setting the detail names"),

    // --- Hybrid mail transport (issue 15): hostile SMTP clients held to the Receive connector's limits. --------
    MAIL_CONNECTION_LIMIT_PER_SOURCE(
            ORGANIZATION,
            smtp(
                    421,
                    "4.3.2",
                    "The maximum number of concurrent connections has exceeded a limit, closing transmission channel"),
            "The client's address already holds the connector's MaxInboundConnectionPerSource connections.",
            c -> "close idle connections or send over fewer at once; Set-ReceiveConnector "
                    + "-MaxInboundConnectionPerSource raises the limit"),
    MAIL_CONNECTION_TIMED_OUT(
            ORGANIZATION,
            smtp(421, "4.4.1", "Connection timed out"),
            "The session stayed open longer than the connector's ConnectionTimeout, however busy it was.",
            c -> "send fewer messages per connection and do not pause inside DATA; Set-ReceiveConnector "
                    + "-ConnectionTimeout raises the limit"),

    // --- issue 15: message tracking and delivery reports (docs/PROTOCOL.md section 19). ----------------------
    MESSAGE_TRACKING_FILTER_INVALID(
            ORGANIZATION,
            problem(400),
            "A filter of the message tracking log search is not valid.",
            c -> "give -EventId RECEIVE, SUBMIT, SEND, DELIVER or FAIL, -Start and -End as ISO-8601 times with the "
                    + "start before the end, and -ResultSize from 1 to 5000"),
    DELIVERY_REPORT_REQUEST_INVALID(
            ORGANIZATION,
            ews("ErrorInvalidArgument"),
            "The delivery report request has a Scope other than Organization, Forest or Site, names neither a "
                    + "sender nor a recipient, or ends its window before it starts.",
            c -> "send Scope Organization with a Sender (SearchAsSender) or a Recipient (SearchAsRecipient)"),
    DELIVERY_REPORT_DOMAIN_UNKNOWN(
            ORGANIZATION,
            ews("ErrorMessageTrackingNoSuchDomain"),
            "The request's Domain is no accepted domain of the organization asked.",
            c -> "send the Domain of the signed-in user's own organization"),
    DELIVERY_REPORT_ACCESS_DENIED(
            ORGANIZATION,
            ews("ErrorAccessDenied"),
            "Without BypassDelegateChecking a user tracks only the messages they sent or received.",
            c -> "search as the signed-in user (Sender or Recipient is their own address), or as the administrator "
                    + "with --bypass-delegate-checking"),
    DELIVERY_REPORT_ID_INVALID(
            ORGANIZATION,
            ews("ErrorInvalidArgument"),
            "The MessageTrackingReportId is not one this organization issued: malformed, altered or another's.",
            c -> "pass a MessageTrackingReportId exactly as FindMessageTrackingReport returned it"),
    DELIVERY_REPORT_MESSAGE_NOT_FOUND(
            ORGANIZATION,
            ews("ErrorMessageTrackingPermanentError"),
            "The message of the report is no longer in the message tracking log (the log keeps a bounded number of "
                    + "events).",
            c -> "search again with FindMessageTrackingReport; older messages cannot be tracked"),
    DELIVERY_REPORT_NOT_ENABLED(
            REQUESTING_ORGANIZATION,
            ews("ErrorMessageTrackingPermanentError"),
            "The sender's organization relationship for the recipient's domain has DeliveryReportEnabled false, so "
                    + "the message is not followed into the partner organization.",
            c -> "run set-organization-relationship --tenant " + c.requesterName() + " " + c.identity()
                    + " --delivery-report-enabled true (Exchange needs it on both relationships)"),
    DELIVERY_REPORT_DISABLED_BY_PARTNER(
            RECEIVING_ORGANIZATION,
            ews("ErrorMessageTrackingPermanentError"),
            "The partner organization has no enabled relationship with DeliveryReportEnabled for the sender's "
                    + "domain, so it returns no delivery report.",
            c -> "run set-organization-relationship --tenant " + c.partnerName() + " " + c.identity()
                    + " --delivery-report-enabled true (Exchange needs it on both relationships)"),

    // --- Internet mail, MX and centralized transport (issue 15, docs/PROTOCOL.md section 20). -----------------
    MAIL_WRONG_REGION(
            ORGANIZATION,
            smtp(451, "4.4.62", "Mail sent to the wrong Office 365 region. ATTR35"),
            "The message reached an Exchange Online Protection endpoint whose tenant does not accept the "
                    + "recipient's domain: the MX record or smart host that led here names the wrong destination.",
            c -> "point the domain's MX at <domain-with-dashes>.mail.protection.outlook.com of the tenant that "
                    + "has it as an accepted domain, or add the domain to that tenant"),
    MAIL_MX_HOST_NOT_FOUND(
            ORGANIZATION,
            smtp(451, "4.4.0", "DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain"),
            "The recipient's domain has no MX record, or its MX names a host that does not exist.",
            c -> "publish an MX record for the domain that names a host that receives its mail"),
    MAIL_CENTRALIZED_RELAY_DENIED(
            ORGANIZATION,
            smtp(550, "5.7.1", "Unable to relay"),
            "A server presented a certificate to Default Frontend but was not granted AcceptCloudServicesMail, so "
                    + "its relay to a domain outside the organization (centralized transport) is anonymous relay.",
            c -> "Set-ReceiveConnector -TlsDomainCapabilities mail.protection.outlook.com:AcceptCloudServicesMail "
                    + "on Default Frontend"),
    MAIL_RECIPIENT_NOT_IN_CLOUD_DIRECTORY(
            ORGANIZATION,
            smtp(550, "5.1.1", "RESOLVER.ADR.ExRecipNotFound; not found"),
            "Exchange Online holds the on-premises domain as Authoritative and has no mail user for the "
                    + "recipient, so it does not pass the message on to on-premises.",
            c -> "Set-AcceptedDomain -Identity <on-premises domain> -DomainType InternalRelay in Exchange Online"),
    MAIL_HOP_COUNT_EXCEEDED(
            ORGANIZATION,
            smtp(554, "5.4.14", "Hop count exceeded - possible mail loop"),
            "The message crossed more hosts than a Receive connector's MaxHopCount (60): MX records or "
                    + "connectors send it round in a circle.",
            c -> "follow the Received headers to the two hosts that send the domain's mail to each other and "
                    + "correct the MX record or connector between them"),

    // --- issue 16: the trainer's dashboard (docs/reference/dashboard.md). -------------------------------------
    ADMIN_FORM_TOKEN_WRONG(
            ANY_ROLE,
            problem(403),
            "The form was not sent from the dashboard's own page: its form token is missing or not this session's.",
            c -> "reload the dashboard and use its own buttons; another site's page cannot post to it"),

    // issue 17: dns (docs/PROTOCOL.md section 22) -------------------------------------------------------------
    DOMAIN_PROOF_NOT_PUBLISHED(
            GATEWAY,
            problem(400),
            "Proof of domain ownership has failed: no TXT record at the domain's apex holds the proof for the "
                    + "organization's current federation certificate.",
            c -> "publish the TXT record the detail shows (add-dns-record --name <domain> --type TXT --value "
                    + "<proof of get-federated-domain-proof>), then add the federated domain again"),
    DNS_NAME_INVALID(
            ANY_ROLE,
            problem(400),
            "The record's name is not a DNS name: over 253 characters, a label over 63, or characters a host "
                    + "name cannot have.",
            c -> "name the record with letters, digits, '-' and '_' in labels of at most 63 characters"),
    DNS_NAME_OUTSIDE_ZONES(
            ANY_ROLE,
            problem(400),
            "The record's name lies in no zone the emulated DNS server is authoritative for.",
            c -> "use a name under one of the scenario's domains; get-dns-record lists the zones' records"),
    DNS_RECORD_TYPE_UNSUPPORTED(
            ANY_ROLE,
            problem(400),
            "The record type is not one the emulated DNS serves (A, CNAME, MX, TXT, SRV).",
            c -> "use A, CNAME, MX, TXT or SRV"),
    DNS_RECORD_VALUE_MALFORMED(
            ANY_ROLE,
            problem(400),
            "The record's value is not in zone-file form for its type.",
            c -> "write A as 127.0.0.1, CNAME as a host name, MX as '10 mail.contoso.com.', SRV as "
                    + "'0 0 443 autodiscover.contoso.com.'"),
    DNS_TXT_STRING_TOO_LONG(
            ANY_ROLE,
            problem(400),
            "A quoted string of the TXT record is over 255 characters, or the record over 4000 in all.",
            c -> "split the text into quoted strings of at most 255 characters, or send it unquoted"),
    DNS_CNAME_CONFLICT(
            ANY_ROLE,
            problem(409),
            "A CNAME cannot share its name with other records (RFC 1034 section 3.6.2).",
            c -> "remove the other records of the name first, or choose another name"),
    DNS_RECORD_NOT_FOUND(
            ANY_ROLE,
            problem(404),
            "No record of the DNS server matches the name, type and value given.",
            c -> "list the records with get-dns-record and name one of them"),
    // issue 17: organization building blocks (docs/PROTOCOL.md section 23).
    FEDERATION_TRUST_EXISTS(
            ORGANIZATION,
            problem(409),
            "The organization already has a federation trust (New-FederationTrust makes one per organization).",
            c -> "keep the trust get-federation-trust shows (the Hybrid Configuration Wizard reuses it), or roll its "
                    + "certificate over with set-federation-trust"),
    FEDERATED_DOMAIN_NOT_ACCEPTED(
            ORGANIZATION,
            problem(400),
            "Add-FederatedDomain names a domain that is not an accepted domain of the organization.",
            c -> "run new-accepted-domain for the domain first, or name one get-accepted-domain lists"),
    FEDERATED_DOMAIN_EXISTS(
            ORGANIZATION,
            problem(409),
            "The domain is already a federated domain of the organization's trust.",
            c -> "nothing to add: get-federation-trust lists the federated domains"),
    ACCEPTED_DOMAIN_INVALID(
            ORGANIZATION,
            problem(400),
            "New-AcceptedDomain was given no valid DomainName, or a DomainType other than Authoritative, "
                    + "InternalRelay or ExternalRelay.",
            c -> "give --domain-name as a DNS name and --domain-type Authoritative, InternalRelay or ExternalRelay"),
    ACCEPTED_DOMAIN_EXISTS(
            ORGANIZATION,
            problem(409),
            "The organization already has an accepted domain with this domain name or name.",
            c -> "get-accepted-domain lists it; remove it first to give it another type"),
    ACCEPTED_DOMAIN_NOT_FOUND(
            ORGANIZATION,
            problem(404),
            "The organization has no accepted domain with this name.",
            c -> "name a domain get-accepted-domain lists"),
    ACCEPTED_DOMAIN_IN_USE(
            ORGANIZATION,
            problem(409),
            "The accepted domain is still used: it is a federated domain, or an email address policy's template "
                    + "names it.",
            c -> "remove-federated-domain, or take the template out of the policy with set-email-address-policy, "
                    + "first"),
    EMAIL_ADDRESS_POLICY_NOT_FOUND(
            ORGANIZATION,
            problem(404),
            "The organization has no email address policy with this name.",
            c -> "name a policy get-email-address-policy lists (\"Default Policy\")"),
    EMAIL_ADDRESS_TEMPLATE_INVALID(
            ORGANIZATION,
            problem(400),
            "An email address template is not smtp:<local part>@<accepted domain>, names a domain that is not an "
                    + "accepted domain, or the templates do not have exactly one primary (SMTP:) address.",
            c -> "give templates such as SMTP:%m@contoso.com and smtp:%m@contoso.mail.onmicrosoft.com, each domain "
                    + "an accepted domain (new-accepted-domain)"),
    WEB_SERVICES_VIRTUAL_DIRECTORY_NOT_FOUND(
            ORGANIZATION,
            problem(404),
            "The server has no EWS virtual directory fedemu keeps: it is no Exchange 2013 Client Access server of "
                    + "the organization.",
            c -> "name an Exchange 2013 Client Access server get-exchange-server lists"),
    WEB_SERVICES_URL_INVALID(
            ORGANIZATION,
            problem(400),
            "The virtual directory's ExternalUrl is not an absolute https URL ending in /EWS/Exchange.asmx.",
            c -> "give --external-url https://mail.contoso.com/EWS/Exchange.asmx (an empty value clears it)"),
    MAIL_CONNECTOR_EXISTS(
            ORGANIZATION,
            problem(409),
            "The organization already has a connector of this kind with this name, or fedemu's one connector of "
                    + "the kind exists.",
            c -> "get-*-connector lists it; change it with set-*-connector or remove it first"),
    MAIL_CONNECTOR_BUILT_IN(
            ORGANIZATION,
            problem(409),
            "Default Frontend is a default Receive connector of every Exchange 2013 Client Access server: fedemu "
                    + "neither creates nor removes Receive connectors.",
            c -> "change Default Frontend with set-receive-connector"),

    // issue 17: hybrid wizard (docs/PROTOCOL.md section 24). Set-HybridConfiguration's refusals, then the failures
    // that stop Update-HybridConfiguration at a stage (they travel in the run's report, stage by stage).
    HYBRID_CONFIGURATION_NOT_FOUND(
            ORGANIZATION,
            problem(404),
            "The organization has no HybridConfiguration object yet: the wizard's first stage creates it.",
            c -> "run update-hybrid-configuration (or fedemu hybrid-wizard), or set-hybrid-configuration to create it"),
    HYBRID_FEATURE_UNKNOWN(
            ORGANIZATION,
            problem(400),
            "Set-HybridConfiguration -Features names a feature Exchange does not know.",
            c -> "use FreeBusy, MailTips, MessageTracking, OWARedirection, SecureMail, Centralized, OnlineArchive or "
                    + "Photos"),
    HYBRID_DOMAIN_NOT_ACCEPTED(
            ORGANIZATION,
            problem(400),
            "A hybrid domain is not an accepted domain of the on-premises organization (HCW8016).",
            c -> "add the domain with new-accepted-domain first, or name one of "
                    + c.detailOr("the organization's accepted domains")),
    HYBRID_TRANSPORT_SERVER_INVALID(
            ORGANIZATION,
            problem(400),
            "A hybrid transport server is no Exchange 2013 server of the organization with the role it needs.",
            c -> "name Exchange 2013 servers: Client Access for -ReceivingTransportServers, Mailbox for "
                    + "-SendingTransportServers (get-exchange-server lists them)"),
    HYBRID_CERTIFICATE_NAME_MALFORMED(
            ORGANIZATION,
            problem(400),
            "The TlsCertificateName is not in Exchange's <I>issuer<S>subject form.",
            c -> "write it as \"<I>$($cert.Issuer)<S>$($cert.Subject)\" of the hybrid certificate"),
    HYBRID_CLOUD_UNKNOWN(
            ORGANIZATION,
            problem(400),
            "The wizard was pointed at an Exchange Online organization this emulator does not run.",
            c -> "name the cloud organization as endpoints.json lists it (--cloud)"),
    HYBRID_NO_DOMAINS(
            ORGANIZATION,
            problem(409),
            "The HybridConfiguration names no hybrid domain (HCW8029).",
            c -> "set-hybrid-configuration --domains with the accepted domains to federate"),
    HYBRID_DOMAIN_NOT_ACCEPTED_IN_TENANT(
            ORGANIZATION,
            problem(409),
            "A hybrid domain is not an accepted domain of the Exchange Online tenant (HCW8017).",
            c -> "add and verify the domain in the Office 365 tenant (new-accepted-domain on the cloud organization), "
                    + "then run the wizard again"),
    HYBRID_SERVER_VERSION_GATE(
            ORGANIZATION,
            problem(409),
            "A server of the hybrid runs a build older than the hybrid needs (Exchange 2013 CU1, 2007 SP3 RU10).",
            c -> "upgrade the server the message names, then run the wizard again"),
    HYBRID_DOMAIN_PROOF_FAILED(
            ORGANIZATION,
            problem(409),
            "The federation gateway found no TXT record proving the organization owns a hybrid domain.",
            c -> "publish the TXT record the message shows at the domain's DNS host (fedemu add-dns-record), then run "
                    + "the wizard again"),
    HYBRID_SECURE_MAIL_CERTIFICATE_NOT_BOUND(
            ORGANIZATION,
            problem(409),
            "The certificate the HybridConfiguration names is not one the receiving server can use for SMTP.",
            c -> "set-hybrid-configuration --tls-certificate-name with the hybrid certificate (it carries the "
                    + "on-premises smart host's name), then run the wizard again"),
    HYBRID_STEP_REFUSED(
            ORGANIZATION,
            problem(409),
            "A cmdlet the wizard ran on one of the organizations was refused.",
            c -> "read the refusal in the message, mend what it names, then run the wizard again");

    private final Side side;
    private final Wire wire;
    private final String sentence;
    private final Function<RemedyContext, String> remedy;

    Reason(Side side, Wire wire, String sentence, Function<RemedyContext, String> remedy) {
        this.side = Objects.requireNonNull(side);
        this.wire = Objects.requireNonNull(wire);
        this.sentence = Objects.requireNonNull(sentence);
        this.remedy = Objects.requireNonNull(remedy);
    }

    public Side side() {
        return side;
    }

    public Wire wire() {
        return wire;
    }

    /** One sentence a trainer can read aloud; it never varies. */
    public String sentence() {
        return sentence;
    }

    /** What to do, with the names in {@code context} filled in. */
    public String remedy(RemedyContext context) {
        return remedy.apply(context == null ? RemedyContext.NONE : context);
    }

    /** The ResponseCode an affected mailbox shows in a GetUserAvailability answer, or null if none applies. */
    public String mailboxResponseCode() {
        return wire.mailboxResponseCode();
    }

    /**
     * The HTTP status of a refusal answered over plain HTTP (an OAuth error or a problem body). An EWS reason has
     * none of its own (a mailbox's answer travels in a 200, a request's fault in a 500), nor has a finding: asking
     * is a programming error, not a status to guess.
     */
    public int httpStatus() {
        if (wire instanceof Wire.OAuth oauth) {
            return oauth.status();
        }
        if (wire instanceof Wire.Problem problem) {
            return problem.status();
        }
        throw new IllegalStateException(name() + " is not answered with an HTTP status of its own");
    }

    /** The OAuth error code of a token endpoint refusal, or null for other reasons. */
    public String oauthError() {
        return wire instanceof Wire.OAuth oauth ? oauth.error() : null;
    }

    /** The RFC 9457 problem type of an admin refusal: one URN per reason, so a client can switch on it. */
    public String problemType() {
        return "urn:fedemu:reason:" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The reason a framework error of this HTTP status stands for (no such path, wrong method, ...). */
    public static Reason forHttpStatus(int status) {
        return switch (status) {
            case 404 -> PATH_NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> BODY_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> REQUEST_INVALID;
        };
    }

    /** The reason of this name, or null: for reading a name off the wire without trusting it. */
    public static Reason byName(String name) {
        if (name == null) {
            return null;
        }
        try {
            return valueOf(name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Wire ews(String responseCode) {
        return new Wire.Ews(responseCode);
    }

    private static Wire securityFault() {
        return new Wire.SecurityFault();
    }

    private static Wire oauth(int status, String error) {
        return new Wire.OAuth(status, error);
    }

    private static Wire problem(int status) {
        return new Wire.Problem(status);
    }

    private static Wire smtp(int code, String enhancedStatus, String text) {
        return new Wire.Smtp(code, enhancedStatus, text);
    }

    private static Wire finding() {
        return new Wire.Finding();
    }
}
