/**
 * The tenant service: one Exchange organization with its directory, calendars, free/busy engine, organization relationships, EWS and Autodiscover.
 */
package io.fedemu.tenant;
