/**
 * The emulated federation gateway (the Microsoft Federation Gateway's stand-in): organization registry, domain proof, delegation tokens, metadata, key rollover.
 */
package io.fedemu.gateway;
