#!/usr/bin/env bash
# Writes the shipped hybrid scenario (scenarios/hybrid.yaml) with its servers taken out of contoso-onprem: no
# servers, databases or availability address spaces, and no mailbox homed on a named database. The organization is
# then one Exchange 2013 server answering on its namespace port, as every organization was before issue 13: the
# hops collapsed, and the default scenario as it was. Everything else stays: the same mailboxes, calendars (their
# paths made absolute, so the file can live anywhere) and relationships. benchmarks/hops.sh and
# benchmarks/startup.sh --servers compare it with the shipped file. Fails when hybrid.yaml has no servers to take out.
#
#   benchmarks/collapsed-scenario.sh OUT.yaml
set -euo pipefail
out="${1:?usage: collapsed-scenario.sh OUT.yaml}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
awk -v calendars="$repo/scenarios/hybrid/" '
  /^scenario: hybrid$/ { print "scenario: hybrid-collapsed"; next }
  # A list the servers brought: skipped with every line indented deeper than its key.
  /^    (servers|databases|availabilityAddressSpaces):/ { skipping = 1; removed = 1; next }
  skipping && /^      / { next }
  { skipping = 0 }
  /^        database: / { next }
  { sub(/calendar: hybrid\//, "calendar: " calendars) }
  { print }
  END { if (!removed) exit 3 }
' "$repo/scenarios/hybrid.yaml" > "$out" || {
  echo "collapsed-scenario.sh: scenarios/hybrid.yaml has no servers: to take out" >&2
  exit 1
}
