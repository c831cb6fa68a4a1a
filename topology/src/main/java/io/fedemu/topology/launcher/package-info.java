/**
 * What {@code fedemu up} adds around a {@link io.fedemu.topology.Topology}: the published
 * {@code endpoints.json}, the readiness self-check across the boundary, and {@code --reset}.
 */
package io.fedemu.topology.launcher;
