/**
 * The EWS operations a client calls around free/busy (PROTOCOL.md section 16): GetServerTimeZones, ResolveNames,
 * FindItem with a CalendarView and GetItem on the caller's own calendar, and ConvertId. Each reads the organization's
 * directory and calendars and answers one ResponseMessage per thing asked, as Exchange does; the free/busy engine is
 * not involved.
 */
package io.fedemu.tenant.ews.mailbox;
