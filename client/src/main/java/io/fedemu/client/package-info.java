/**
 * Everything that calls a federation endpoint (gateway, Autodiscover, EWS availability) and verifies the trust chain from outside. Tenants use it for their outbound calls.
 */
package io.fedemu.client;
