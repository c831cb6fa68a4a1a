/**
 * {@code /admin/mail}: the connector and transport config cmdlets of an organization that is a side of a hybrid
 * pair (issue 15, docs/PROTOCOL.md section 18).
 */
package io.fedemu.tenant.transport.admin;
