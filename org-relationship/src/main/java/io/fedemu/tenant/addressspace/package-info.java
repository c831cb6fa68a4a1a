/**
 * Availability address spaces (PROTOCOL.md section 11): how an Exchange 2007 server, which cannot federate, has
 * its users' free/busy requests for a domain outside the organization answered. The store behind Add-, Get- and
 * Remove-AvailabilityAddressSpace, the rules an address space must pass (checked the same for the scenario and
 * the admin API), and the InternalProxy path: the 2007 server proxies the request, as its service account and on
 * the user's behalf, to the Exchange 2013 Client Access server the address space names, which makes the federated
 * call. No JAX-RS here; the admin resource lives in {@code io.fedemu.tenant.admin}.
 */
package io.fedemu.tenant.addressspace;
