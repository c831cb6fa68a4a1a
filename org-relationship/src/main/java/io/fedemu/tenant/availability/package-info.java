/**
 * The free/busy engine behind EWS GetUserAvailability (PROTOCOL.md sections 2, 6 and 8): request validation,
 * the view that was asked for against the view the caller may see, the merged free/busy string, privacy, and
 * the requester's time zone (SerializableTimeZone or a Windows zone id). Pure functions over calendar values:
 * no HTTP, no XML, no clock.
 */
package io.fedemu.tenant.availability;
