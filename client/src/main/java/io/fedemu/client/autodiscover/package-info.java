/**
 * Calls a partner's SOAP Autodiscover (PROTOCOL.md section 5) over the generated JAX-WS contract:
 * GetFederationInformation (what {@code Get-FederationInformation} and {@code Test-OrganizationRelationship}
 * read) and GetUserSettings (how a requesting organization finds a partner's ExternalEwsUrl).
 */
package io.fedemu.client.autodiscover;
