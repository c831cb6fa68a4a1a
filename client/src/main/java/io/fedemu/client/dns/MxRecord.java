package io.fedemu.client.dns;

/** An MX record as a sender reads it: lower preference first; the host without its final dot, lower case. */
public record MxRecord(int preference, String host) {}
