#!/usr/bin/env bash
# Start-up benchmark (issue 7): time from process start to `ready` (printed after the first successful
# cross-boundary answer, alice@contoso.com -> bob@contoso.com through the federation) and the idle
# resident memory of the default topology, each the median of RUNS runs on a warm state directory
# (keys already generated), plus the first run on an empty one. Baseline in the same script: the same
# JVM and jar printing `fedemu --version`. Everything runs through ./fedemu, so with its JVM options and
# class data sharing archive, as users get them (FEDEMU_JAVA_OPTS, FEDEMU_CDS=off pass through). With no
# archive yet (first run after a build), the first up writes it and the warm runs use it.
#
#   benchmarks/startup.sh [RUNS]        (needs emulator/target/fedemu.jar: ./fedemu --help builds it)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-5}
jar=emulator/target/fedemu.jar
[ -f "$jar" ] || { echo "build first: ./fedemu --help" >&2; exit 2; }
./fedemu --version > /dev/null  # untimed: builds a stale jar, completes an archive written earlier
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

one_up() {  # prints "<ms to ready> <idle RSS kB>"
  local out; out=$(mktemp)
  local start; start=$(now_ms)
  ./fedemu up --state-dir "$state" --port-base 0 > "$out" 2>&1 &
  local pid=$!
  until grep -q '^ready' "$out"; do
    kill -0 "$pid" 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.02
  done
  local ready; ready=$(( $(now_ms) - start ))
  sleep 5
  local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  kill -TERM "$pid"; wait "$pid" || true
  rm -f "$out"
  echo "$ready $rss"
}

baseline=()
for _ in $(seq "$runs"); do
  start=$(now_ms)
  ./fedemu --version > /dev/null
  baseline+=($(( $(now_ms) - start )))
done
base=$(printf '%s\n' "${baseline[@]}" | median)

cold=$(one_up)
ready=(); rss=()
for _ in $(seq "$runs"); do
  read -r r m < <(one_up)
  ready+=("$r"); rss+=("$m")
done
ready_median=$(printf '%s\n' "${ready[@]}" | median)
rss_median=$(printf '%s\n' "${rss[@]}" | median)

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); runs: $runs"
echo "baseline (JVM + fedemu --version):          ${base} ms"
echo "first up on an empty state (key generation): ${cold%% *} ms"
echo "up to ready, warm state, median:             ${ready_median} ms  (runs: ${ready[*]})"
echo "ratio ready/baseline:                        $(awk -v a="$ready_median" -v b="$base" 'BEGIN {printf "%.1f", a/b}')"
echo "idle RSS after ready, median:                $(( rss_median / 1024 )) MB  (kB: ${rss[*]})"
