/**
 * A tenant's directory, in Exchange's vocabulary: mailboxes, remote mailboxes (mail users whose mailbox lives in
 * the partner organization, PROTOCOL.md section 7), security groups (FreeBusyAccessScope, section 4) and the
 * accepted domains. Values only: immutable records, lookups without side effects.
 */
package io.fedemu.tenant.directory;
