#!/usr/bin/env bash
# The trainer's dashboard's cost to the emulator's idle memory (issue 16's "Measure"): the resident memory (VmRSS)
# of `fedemu up` on the default scenario 5 s after `ready`, as benchmarks/startup.sh reads it, in three variants
# interleaved on one kept state directory: without the dashboard (--no-dashboard), with it but never opened, and
# with it after one visit (sign in with the admin token, the overview page with its topology, one trace). The
# visited variant also times the overview page with curl: time to first byte and to the last byte.
# Medians of RUNS runs each. Time to the rendered page in a browser: DashboardFiguresTest (benchmarks.md).
#
#   benchmarks/dashboard.sh [RUNS]     (needs emulator/target/fedemu.jar: ./fedemu --help builds it)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-5}"
[ -f emulator/target/fedemu.jar ] || { echo "build first: ./fedemu --help" >&2; exit 2; }
./fedemu --version > /dev/null  # untimed: builds a stale jar, completes the class archive
state=$(mktemp -d); work=$(mktemp -d)
trap 'rm -rf "$state" "$work"' EXIT
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

one_up() {  # VARIANT (none|idle|visited); prints "<idle RSS kB> [<first byte s> <total s>]"
  local variant="$1" out="$work/out" extra=()
  [ "$variant" = none ] && extra=(--no-dashboard)
  ./fedemu up --state-dir "$state" --port-base 0 "${extra[@]}" > "$out" 2>&1 &
  local pid=$!
  until grep -q '^ready' "$out"; do
    kill -0 "$pid" 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.05
  done
  local timed=""
  if [ "$variant" = visited ]; then
    local url; url=$(awk '/^Dashboard/ {print $2}' "$out")
    local jar="$work/cookies" ca="$state/certs/ca.pem"
    rm -f "$jar"
    local form; form=$(curl -sS --cacert "$ca" -c "$jar" "${url}signin" | sed -n 's/.*name="formToken" value="\([^"]*\)".*/\1/p')
    curl -sS --cacert "$ca" -b "$jar" -c "$jar" -H "Origin: ${url%/}" -o /dev/null \
      --data-urlencode "formToken=$form" --data-urlencode "token=$(cat "$state/admin-token")" "${url}signin"
    timed=$(curl -sS --cacert "$ca" -b "$jar" -o "$work/page" -w '%{time_starttransfer} %{time_total}' "$url")
    grep -q 'Federation gateway' "$work/page" || { echo "the dashboard did not draw the topology" >&2; exit 1; }
    local request; request=$(grep -o 'data-request="[^"]*"' "$work/page" | head -1 | cut -d'"' -f2)
    curl -sS --cacert "$ca" -b "$jar" -o /dev/null "${url}trace?request=$request"
  fi
  sleep 5
  local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill -TERM "$pid"; wait "$pid" || true
  echo "$rss $timed"
}

one_up none > /dev/null  # untimed: a first start on the fresh state directory generates the keys
none=(); idle=(); visited=(); first=(); total=()
for _ in $(seq "$runs"); do
  read -r m _ < <(one_up none); none+=("$m")
  read -r m _ < <(one_up idle); idle+=("$m")
  read -r m f t < <(one_up visited); visited+=("$m"); first+=("$f"); total+=("$t")
done
mb() { awk -v k="$1" 'BEGIN {printf "%.1f MB", k/1024}'; }
delta() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%+.1f MB", (a-b)/1024}'; }
ms() { awk -v s="$1" 'BEGIN {printf "%.0f ms", s*1000}'; }
n=$(printf '%s\n' "${none[@]}" | median); i=$(printf '%s\n' "${idle[@]}" | median)
v=$(printf '%s\n' "${visited[@]}" | median)
echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); runs: $runs each, interleaved"
echo "idle RSS without the dashboard (--no-dashboard): $(mb "$n") (runs kB: ${none[*]})"
echo "idle RSS with the dashboard, never opened:      $(mb "$i") (runs kB: ${idle[*]}), $(delta "$i" "$n")"
echo "idle RSS after one visit (overview and trace):  $(mb "$v") (runs kB: ${visited[*]}), $(delta "$v" "$n")"
echo "overview page over curl, first load after start: first byte $(ms "$(printf '%s\n' "${first[@]}" | median)"), last byte $(ms "$(printf '%s\n' "${total[@]}" | median)") (medians; first byte runs s: ${first[*]})"
