/**
 * Fault injection's wire shapes: what a role's {@code /admin/faults} takes and answers, and what a
 * scenario's {@code faults:} sections hold. Faults are an experiment, not state: they live in memory
 * only, and a restart brings back exactly the scenario's.
 */
package io.fedemu.protocol.faults;
