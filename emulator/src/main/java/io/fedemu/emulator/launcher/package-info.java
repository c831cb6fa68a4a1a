/**
 * What {@code fedemu up} adds around a {@link io.fedemu.emulator.topology.Topology}: the published
 * {@code endpoints.json}, the readiness self-check across the boundary, and {@code --reset}.
 */
package io.fedemu.emulator.launcher;
