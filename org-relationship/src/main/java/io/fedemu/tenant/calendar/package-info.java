/**
 * Calendars: events as Exchange's free/busy sees them, recurrence expansion and .ics import, both on ical4j.
 * Everything here is a value or a pure function; what a requester may see is decided in the availability
 * package, never here.
 */
package io.fedemu.tenant.calendar;
