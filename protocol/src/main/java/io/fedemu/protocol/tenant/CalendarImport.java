package io.fedemu.protocol.tenant;

/**
 * The answer to an .ics import: the mailbox whose calendar was replaced and how many items it now holds (a
 * series with its modified occurrences counts once).
 */
public record CalendarImport(String address, int events) {}
