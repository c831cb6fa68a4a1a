package io.fedemu.protocol.tenant;

/** The body of Move-ActiveMailboxDatabase -ActivateOnServer: the server whose copy is to be mounted. */
public record DatabaseActivation(String server) {}
