package io.fedemu.protocol.tenant;

/** A remote mailbox (mail user whose mailbox lives in the partner organization) as the admin API lists it. */
public record RemoteMailboxInfo(String address, String displayName, String targetAddress) {}
