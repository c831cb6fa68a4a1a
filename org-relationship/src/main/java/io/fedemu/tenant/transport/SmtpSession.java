package io.fedemu.tenant.transport;

/**
 * What the receiving connector knows of the SMTP session a message came in on, for the message tracking log's
 * RECEIVE event (PROTOCOL.md section 19): the connector's name, the client's address and HELO name, and its own.
 */
public record SmtpSession(String connector, String clientIp, String clientHostname, String serverIp) {}
