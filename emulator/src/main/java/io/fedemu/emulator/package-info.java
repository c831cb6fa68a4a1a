/**
 * The fedemu command line: scenarios, roles and the cmdlet-style commands, on picocli.
 */
package io.fedemu.emulator;
