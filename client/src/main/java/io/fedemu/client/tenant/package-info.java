/** A tenant's admin API as the diagnostics and the command line read it. */
package io.fedemu.client.tenant;
