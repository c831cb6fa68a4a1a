/** The emulated public DNS's wire shapes (issue 17, docs/PROTOCOL.md section 22): records as its admin API lists them. */
package io.fedemu.protocol.dns;
