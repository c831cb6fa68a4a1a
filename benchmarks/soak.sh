#!/usr/bin/env bash
# Soak (issue 12): `./fedemu up` (hybrid) on a fresh temporary state directory (started once before, to
# generate its keys, so the soaked start is a warm one as users mostly run it), then CLIENTS concurrent
# clients for DURATION seconds, each mixing GetUserAvailability for a local mailbox, for a remote one (across
# the boundary, through the gateway) and admin reads (a request's journal, the relationships, the gateway's
# organizations). Every 10 s it samples the emulator JVM's resident memory (VmRSS) and the journal's size.
# Prints requests and errors per kind, the samples, RSS min/max/last and its least-squares slope (whole run
# and second half), and the journal's size; exits 1 on any error or when RSS went over 400 MB
# (docs/reference/benchmarks.md, "Soak"). Linux only (/proc). The emulator runs through ./fedemu, so with the
# JVM options users get; FEDEMU_JAVA_OPTS passes through.
#
#   benchmarks/soak.sh [--duration SECONDS] [--clients N] [--max-rss-mb MB]     (defaults 600, 32, 400)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration=600; clients=32; max_rss=400
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift 2 ;;
    --clients) clients="$2"; shift 2 ;;
    --max-rss-mb) max_rss="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "soak.sh: unknown option $1 (--duration SECONDS, --clients N, --max-rss-mb MB)" >&2; exit 2 ;;
  esac
done

# The load driver's jar, rebuilt when missing or older than a source or pom of the modules it holds (that
# build also makes emulator/target/fedemu.jar, so ./fedemu below finds it fresh).
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ] || [ -n "$(find . \( -name target -o -name .git \) -prune -o -type f \
    \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -print -quit)" ]; then
  echo "soak: building $jar ..." >&2
  mvn -q -B -ntp -Dstyle.color=never -Dmaven.test.skip=true -pl benchmarks -am package >&2
fi
./fedemu --version > /dev/null  # builds a stale emulator jar before anything is timed

state=$(mktemp -d); out="$state.out"
pid=
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid"; wait "$pid" || true; fi
  rm -rf "$state" "$out"
}
trap cleanup EXIT

up() {  # starts ./fedemu up in the background, sets pid, waits for "ready"
  : > "$out"  # here, not only in the child: the last run's "ready" must not count
  ./fedemu up --state-dir "$state" --port-base 0 > "$out" 2>&1 &
  pid=$!  # ./fedemu execs java: this is the emulator's JVM
  for _ in $(seq 1800); do
    grep -q '^ready' "$out" && return 0
    kill -0 "$pid" 2>/dev/null || { echo "soak: fedemu up exited before it was ready:" >&2; cat "$out" >&2; exit 1; }
    sleep 0.1
  done
  echo "soak: fedemu up not ready after 180 s:" >&2; cat "$out" >&2; exit 1
}
# A first start generates the keys and is stopped: ./fedemu keeps C2 on only while keys are generated, so the
# soaked process then runs as a user's emulator runs on every start after the first.
up; kill -TERM "$pid"; wait "$pid" || true
up
[ "$(cat "/proc/$pid/comm")" = java ] || { echo "soak: pid $pid is $(cat "/proc/$pid/comm"), not java" >&2; exit 1; }
grep '^Self-check' "$out"

status=0
java -cp "$jar" io.fedemu.benchmarks.SoakLoad --state-dir "$state" --pid "$pid" \
  --duration "$duration" --clients "$clients" --max-rss-mb "$max_rss" || status=$?
if ! kill -0 "$pid" 2>/dev/null; then
  echo "soak: the emulator died during the soak; its output:" >&2; tail -50 "$out" >&2; status=1
fi
exit "$status"
