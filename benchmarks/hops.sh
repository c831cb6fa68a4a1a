#!/usr/bin/env bash
# Cost of issue 13's hops: the same GetUserAvailability answered by contoso-onprem through namespace load balancer ->
# Client Access front end -> Mailbox back end (the shipped hybrid scenario, with its servers: "servers") and by
# contoso-onprem as one server on its namespace port (the same scenario with its servers taken out, written by
# benchmarks/collapsed-scenario.sh: "collapsed", the baseline). Both topologies run in ONE JVM, the load
# driver's (HopsLoad), each on its own temporary state directory and loopback ports, so they share the JIT, the
# collector and the two cores alike. Requests: local (alice asks the on-premises namespace for carol) and
# cross-boundary (the cloud's bob asks for alice: through the gateway, then into the on-premises namespace), at 1 and
# 32 connections, a warm-up on each side then measured periods interleaved collapsed, servers, collapsed, servers;
# the local request also goes to one Client Access server's own port around the load balancer ("cas-direct").
# Prints requests/s, mean and p99 latency of each side and the ratios to collapsed (docs/reference/benchmarks.md,
# "Hops").
#
#   benchmarks/hops.sh [REQUESTS] [WARMUP] [ROUNDS]     (defaults 3000 requests per period, 2000, 2 periods per side)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
requests="${1:-3000}"; warmup="${2:-2000}"; rounds="${3:-2}"

# The load driver's jar, rebuilt when missing or older than a source or pom of the modules it holds.
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ] || [ -n "$(find . \( -name target -o -name .git \) -prune -o -type f \
    \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; then
  echo "hops: building $jar ..." >&2
  mvn -q -B -ntp -Dstyle.color=never -Dmaven.test.skip=true -pl benchmarks -am package >&2
fi

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
benchmarks/collapsed-scenario.sh "$work/hybrid-collapsed.yaml"
# The driver's JVM: C2 (the default), as the other load drivers run; FEDEMU_JAVA_OPTS passes through. Its
# temporary directory is $work, so both state directories go with it.
java ${FEDEMU_JAVA_OPTS:-} -Djava.io.tmpdir="$work" -cp "$jar" io.fedemu.benchmarks.HopsLoad \
  "$work/hybrid-collapsed.yaml" scenarios/hybrid.yaml "$requests" "$warmup" "$rounds"
