package io.fedemu.client.dns;

/** An SRV record (RFC 2782): where a service listens; the target without its final dot, lower case. */
public record SrvRecord(int priority, int weight, int port, String target) {}
