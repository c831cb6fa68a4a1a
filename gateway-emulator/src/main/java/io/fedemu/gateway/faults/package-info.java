/** The gateway misbehaving on purpose (issue 7): down, slow, clock off, or issuing bad tokens. */
package io.fedemu.gateway.faults;
