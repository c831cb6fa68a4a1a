/**
 * Fault injection shared by every role: a role that is down or slow ({@link RoleFaultSwitch}), the
 * outbound routing a link fault bends ({@link LinkRouter}), and the refusals of a bad fault request.
 */
package io.fedemu.runtime.faults;
