/**
 * Meeting suggestions of EWS GetUserAvailability (PROTOCOL.md section 12): from each attendee's busy times and
 * working hours, the candidate meeting times of each day of DetailedSuggestionsWindow, their quality by the share
 * of attendees with a conflict, the day's quality, and the per-attendee conflict data in request order. Pure
 * functions over values: no HTTP, no XML, no clock, so the requesting side computes them from whatever free/busy
 * it received, its own mailboxes' or a partner's.
 */
package io.fedemu.tenant.suggestions;
