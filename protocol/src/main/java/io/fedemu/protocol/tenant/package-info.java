/**
 * A tenant's admin API wire shapes: mailboxes as the directory lists them and calendar items as JSON. They live
 * here, beside the gateway's, so the client module and tests can speak the API without depending on a role.
 */
package io.fedemu.protocol.tenant;
