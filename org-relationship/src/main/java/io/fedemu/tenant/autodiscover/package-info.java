/**
 * SOAP Autodiscover on the wire (PROTOCOL.md section 5): GetFederationInformation and GetUserSettings at
 * /autodiscover/autodiscover.svc over the generated contract. Answers are built from plain values the
 * tenant hands in (its federation information and a source of user settings); errors are Autodiscover
 * ErrorCodes in the response body, as Exchange sends them, never SOAP faults.
 */
package io.fedemu.tenant.autodiscover;
