/**
 * The emulated public DNS (issue 17, docs/PROTOCOL.md section 22): {@link io.fedemu.dns.DnsServer} answers UDP and
 * TCP queries on loopback for the scenario's zones ({@link io.fedemu.dns.DnsZones}), and
 * {@link io.fedemu.dns.DnsRecordsResource} changes them through an admin API. It knows no role: the topology fills
 * the zones and mounts the resource.
 */
package io.fedemu.dns;
