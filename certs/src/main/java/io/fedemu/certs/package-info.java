/**
 * The emulator's PKI: an emulator root CA, TLS server certificates with SANs, federation certificates
 * as Exchange requires them (PROTOCOL.md section 3), gateway token-signing certificates, the
 * current/next/previous slot model for rollover, and their storage in a state directory.
 */
package io.fedemu.certs;
