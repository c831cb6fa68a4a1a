/**
 * The servers of an organization (issue 13): Exchange 2013 Client Access and Mailbox servers and coexisting
 * Exchange 2007 servers, with their exact builds, mailbox databases and copies, where each mailbox is homed, and
 * which copy is active. The roles' runtime (the namespace's load balancer, Client Access proxying to the Mailbox
 * back end) reads it per request.
 */
package io.fedemu.tenant.servers;
