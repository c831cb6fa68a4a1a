/**
 * EWS on the wire (PROTOCOL.md sections 2, 6, 8): the GetUserAvailability endpoint at
 * /EWS/Exchange.asmx over the generated contract, its SOAP faults, HTTP Basic authentication and the
 * request limits. Translates between the wire types and the free/busy engine; holds no free/busy rule.
 */
package io.fedemu.tenant.ews;
