#!/usr/bin/env bash
# Issue 17's measurement: the Hybrid Configuration Wizard's wall time from hybrid-blank to a working hybrid, and the
# share of it spent in key generation and in waiting (on the gateway and the DNS behind it, on Exchange Online's admin
# API), as ratios against baselines taken in the same run: one idle admin round trip (GET /admin/servers) and one
# delegation-token round trip through the gateway (Test-FederationTrust's token check, POST
# /admin/federation-trust/test-token). Each run starts `./fedemu up --scenario hybrid-blank` on an empty state
# directory, runs Update-HybridConfiguration over the admin API (curl), publishes a proof record the gateway asks for
# in the emulated DNS when there is one and runs the wizard on (its remedy), and reads each stage's and each change's
# wall time from the report. Prints the medians over RUNS runs (docs/reference/benchmarks.md, "Hybrid Configuration
# Wizard").
#
#   benchmarks/wizard.sh [RUNS]      (default 3; needs emulator/target/fedemu.jar: ./fedemu --help builds it)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-3}"
[ -f emulator/target/fedemu.jar ] || { echo "build first: ./fedemu --help" >&2; exit 2; }
work=$(mktemp -d); trap 'kill "${pid:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

one_run() {  # prints: wall keygen federate cloud onprem discovery admin token
  local state="$work/state-$1"; local out="$work/up-$1.log"
  ./fedemu up --state-dir "$state" --port-base 0 --scenario hybrid-blank > "$out" 2>&1 &
  pid=$!
  until grep -q '^ready' "$out"; do kill -0 "$pid" 2>/dev/null || { cat "$out" >&2; exit 1; }; sleep 0.1; done
  local token ca admin dns
  token=$(cat "$state/admin-token"); ca="$state/certs/ca.pem"
  admin=$(jq -r '.tenants[] | select(.name=="contoso-onprem") | .admin' "$state/endpoints.json")
  dns=$(jq -r '.dns.admin // empty' "$state/endpoints.json")
  call() { curl -sS --fail-with-body --cacert "$ca" -H "Authorization: Bearer $token" "$@"; }
  local admin_ms=()
  for _ in $(seq 15); do
    local t0; t0=$(now_ms); call "$admin/servers" > /dev/null; admin_ms+=($(( $(now_ms) - t0 )))
  done
  local reports=() start; start=$(now_ms)
  for attempt in 1 2 3 4; do
    call -X POST "$admin/hybrid-configuration/update?cloud=contoso-cloud" > "$work/report-$1-$attempt.json"
    reports+=("$work/report-$1-$attempt.json")
    [ "$(jq -r .completed "$work/report-$1-$attempt.json")" = true ] && break
    local record; record=$(jq -r '.stages[-1] | select(.reason=="HYBRID_DOMAIN_PROOF_FAILED") | .error' \
      "$work/report-$1-$attempt.json" | grep -o '"[^" ]* IN TXT [^"]*"' | tr -d '"' || true)
    [ -n "$record" ] && [ -n "$dns" ] || { jq . "$work/report-$1-$attempt.json" >&2; exit 1; }
    call -X POST -H 'Content-Type: application/json' "$dns" \
      -d "$(jq -n --arg n "${record%% IN TXT *}" --arg v "${record#* IN TXT }" '{name:$n,type:"TXT",value:$v,ttl:3600}')" \
      > /dev/null
  done
  local wall=$(( $(now_ms) - start ))
  local token_ms=()
  for _ in $(seq 15); do
    local t0; t0=$(now_ms); call -X POST "$admin/federation-trust/test-token" > /dev/null; token_ms+=($(( $(now_ms) - t0 )))
  done
  # Each change's wall time, by kind: New-FederationTrust (a self-signed RSA key and the registration at the
  # gateway), the federated domains (the gateway, which asks the DNS for the TXT proof), the other changes in
  # Exchange Online (its admin API) and on-premises; the rest of each stage is discovery (Get- cmdlets, both sides).
  jq -s -r '[.[].stages[] | {m: .millis, c: [.changes, (.changeMillis // [])] | transpose}]
    | [ ([.[].c[] | select(.[0] | startswith("New-FederationTrust")) | .[1]] | add // 0),
        ([.[].c[] | select(.[0] | test("^(Set-FederatedOrganizationIdentifier|Add-FederatedDomain)")) | .[1]] | add // 0),
        ([.[].c[] | select((.[0] | test("\\(contoso-cloud\\)$")) and (.[0] | test("^(New-FederationTrust|Set-FederatedOrganizationIdentifier|Add-FederatedDomain)") | not)) | .[1]] | add // 0),
        ([.[].c[] | select((.[0] | test("\\(contoso-cloud\\)$|^(New-FederationTrust|Set-FederatedOrganizationIdentifier|Add-FederatedDomain)")) | not) | .[1]] | add // 0),
        (([.[].m] | add) - ([.[].c[] | .[1]] | add // 0)) ] | @tsv' "${reports[@]}" > "$work/split-$1"
  read -r keygen federate cloud onprem discovery < "$work/split-$1"
  kill -TERM "$pid"; wait "$pid" || true; pid=
  echo "$wall $keygen $federate $cloud $onprem $discovery $(printf '%s\n' "${admin_ms[@]}" | median) \
$(printf '%s\n' "${token_ms[@]}" | median)"
}

./fedemu --version > /dev/null
rows=()
for i in $(seq "$runs"); do rows+=("$(one_run "$i")"); done
col() { printf '%s\n' "${rows[@]}" | awk -v c="$1" '{print $c}' | median; }
wall=$(col 1); keygen=$(col 2); federate=$(col 3); cloud=$(col 4); onprem=$(col 5); discovery=$(col 6)
admin=$(col 7); token=$(col 8)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", (b > 0 ? a/b : 0)}'; }
share() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.0f%%", (b > 0 ? 100*a/b : 0)}'; }
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); runs: $runs (medians)"
echo "idle admin round trip (GET /admin/servers):     ${admin} ms"
echo "token round trip (test-token, via the gateway): ${token} ms"
echo "wizard, blank to working hybrid:                ${wall} ms  = $(ratio "$wall" "$admin") admin round trips = $(ratio "$wall" "$token") token round trips"
echo "  New-FederationTrust x2 (key generation + gateway registration): ${keygen} ms ($(share "$keygen" "$wall"))"
echo "  federated domains (gateway, its DNS TXT check):                 ${federate} ms ($(share "$federate" "$wall"))"
echo "  other changes in Exchange Online (its admin API):                ${cloud} ms ($(share "$cloud" "$wall"))"
echo "  other changes on-premises:                                       ${onprem} ms ($(share "$onprem" "$wall"))"
echo "  discovery (Get- cmdlets, Get-FederationInformation, both sides): ${discovery} ms ($(share "$discovery" "$wall"))"
