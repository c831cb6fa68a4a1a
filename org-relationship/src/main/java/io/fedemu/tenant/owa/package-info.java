/**
 * Outlook Web App's single URL (issue 16, PROTOCOL.md section 21): forms-based sign-in at {@code /owa}, then by
 * recipient type the user's own minimal OWA (a week of the calendar, a scheduling page asking free/busy through EWS),
 * the link to the cloud's OWA for a remote mailbox, or the redirect to an Exchange 2007 server's OWA. Pages are
 * rendered on the server (jmustache, HTML-escaped) on the role's own Jetty beside CXF; no JavaScript.
 */
package io.fedemu.tenant.owa;
