#!/usr/bin/env bash
# Writes the shipped hybrid scenario (scenarios/hybrid.yaml) with the seed's servers written into contoso-onprem
# (issue 13): two Exchange 2013 CU1 servers with the Client Access and Mailbox roles, and DB01 with a copy on each,
# active on EX2013-01. Nothing else changes: the same mailboxes (homed on DB01, the only database), calendars
# (their paths made absolute, so the file can live anywhere) and relationships. benchmarks/hops.sh and
# benchmarks/startup.sh --servers compare it with the shipped file. Fails when hybrid.yaml no longer has the line
# the servers go after.
#
#   benchmarks/servers-scenario.sh OUT.yaml
set -euo pipefail
out="${1:?usage: servers-scenario.sh OUT.yaml}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
awk -v calendars="$repo/scenarios/hybrid/" '
  /^scenario: hybrid$/ { print "scenario: hybrid-servers"; next }
  { sub(/calendar: hybrid\//, "calendar: " calendars) }
  { print }
  /^  - name: contoso-onprem$/ { onprem = 1 }
  /^  - name: contoso-cloud$/ { onprem = 0 }
  onprem && /^    serverVersion: Exchange2013$/ {
    print "    servers:"
    print "      - {name: EX2013-01, roles: [ClientAccess, Mailbox], build: 15.0.620.29}"
    print "      - {name: EX2013-02, roles: [ClientAccess, Mailbox], build: 15.0.620.29}"
    print "    databases:"
    print "      - {name: DB01, copies: [EX2013-01, EX2013-02]}"
    written = 1
  }
  END { if (!written) exit 3 }
' "$repo/scenarios/hybrid.yaml" > "$out" || {
  echo "servers-scenario.sh: scenarios/hybrid.yaml changed: no 'serverVersion: Exchange2013' line in contoso-onprem" >&2
  exit 1
}
