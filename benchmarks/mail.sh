#!/usr/bin/env bash
# Hybrid mail's cost (issue 15's "Measure"): messages per second and per-message latency from alice@contoso.com,
# submitting over the on-premises submission port (STARTTLS, AUTH, one kept connection per sender), to carol@contoso.com
# delivered on-premises ("local", the baseline) and to bob@contoso.com, a remote mailbox, carried by the Send connector
# over mutual TLS to Exchange Online Protection and delivered in the cloud ("cross"). Runs the shipped
# scenarios/hybrid.yaml in ONE JVM, the load driver's (MailLoad), on a temporary state directory whose mailboxes are
# emptied after every period; at 1 and 8 concurrent senders, a warm-up of each side, then periods interleaved local,
# cross, local, cross. Prints msg/s, p50, mean and p99 of each side and the ratios cross/local of the same run
# (docs/reference/benchmarks.md, "Mail").
#
#   benchmarks/mail.sh [MESSAGES] [WARMUP] [ROUNDS]     (defaults 1000 messages per period, 300, 2 periods per side)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
messages="${1:-1000}"; warmup="${2:-300}"; rounds="${3:-2}"

# The load driver's jar, rebuilt when missing or older than a source or pom of the modules it holds.
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ] || [ -n "$(find . \( -name target -o -name .git \) -prune -o -type f \
    \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; then
  echo "mail: building $jar ..." >&2
  mvn -q -B -ntp -Dstyle.color=never -Dmaven.test.skip=true -pl benchmarks -am package >&2
fi

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# The driver's JVM: C2 (the default), as the other load drivers run; FEDEMU_JAVA_OPTS passes through. Its
# temporary directory is $work, so the state directory goes with it.
java ${FEDEMU_JAVA_OPTS:-} -Djava.io.tmpdir="$work" -cp "$jar" io.fedemu.benchmarks.MailLoad \
  scenarios/hybrid.yaml "$messages" "$warmup" "$rounds"
