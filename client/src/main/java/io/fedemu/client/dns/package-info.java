/**
 * Clients of the emulated DNS (issue 17, docs/PROTOCOL.md section 22): {@link io.fedemu.client.dns.DnsLookup}, the
 * resolver every role asks, and {@link io.fedemu.client.dns.DnsAdminClient} for its admin API.
 */
package io.fedemu.client.dns;
