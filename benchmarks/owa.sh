#!/usr/bin/env bash
# Issue 16's measurement: time to first byte and to rendered page of Outlook Web App's sign-in under the default
# scenario, in headless Chromium (Navigation Timing), against the same Client Access front end's static page
# (/ews/healthcheck.htm) in the same run. Runs the emulator module's OutlookWebAppTimings (skipped in the normal
# test run) offline and prints its table (docs/reference/benchmarks.md, "Outlook Web App").
#
#   benchmarks/owa.sh [ROUNDS] [WARMUP]      (defaults 40 rounds after 10 warm-up rounds)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rounds="${1:-40}"; warmup="${2:-10}"
log=$(mktemp); trap 'rm -f "$log"' EXIT
mvn -B -ntp -o -pl emulator -am verify -Dtest=OutlookWebAppTimings -Dsurefire.failIfNoSpecifiedTests=false \
  -Djacoco.skip=true -Dinvoker.skip=true -Djazzer.skip=true -Dfedemu.owaTimings=true \
  -Dfedemu.owaTimings.rounds="$rounds" -Dfedemu.owaTimings.warmUp="$warmup" >"$log" 2>&1 || { tail -50 "$log"; exit 1; }
report=emulator/target/surefire-reports/io.fedemu.emulator.owa.OutlookWebAppTimings-output.txt
if [ -f "$report" ]; then grep -A4 '^OWA timings' "$report"; else grep -A4 'OWA timings' "$log"; fi
