/** Who may use a role's {@code /admin} API: the credential and how it is sent. */
package io.fedemu.protocol.admin;
