/**
 * What a running emulator publishes about itself: {@code <state>/endpoints.json}, written by
 * {@code fedemu up}. It lives here so the client module (the cmdlet-style commands) and tests can find
 * a running topology without depending on the emulator.
 */
package io.fedemu.protocol.emulator;
