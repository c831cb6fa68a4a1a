/**
 * JMH benchmarks of the hot paths and the whole-topology load driver; run by hand, never in the default test run.
 */
package io.fedemu.benchmarks;
