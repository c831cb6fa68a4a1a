/**
 * The tenant's admin API (JSON over JAX-RS, mounted under {@code /admin}): the directory's mailboxes and each
 * mailbox's calendar, created, replaced and deleted item by item or replaced whole from an .ics file. Every
 * refusal is a problem body with a named {@link io.fedemu.tenant.admin.Reason} and changes nothing.
 */
package io.fedemu.tenant.admin;
