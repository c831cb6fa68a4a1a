#!/usr/bin/env bash
# Start-up benchmark (issue 7): time from process start to `ready` (printed after the first successful
# cross-boundary answer, alice@contoso.com -> bob@contoso.com through the federation) and the idle
# resident memory of the default topology, each the median of RUNS runs on a warm state directory
# (keys already generated), plus the first run on an empty one. Baseline in the same script: the same
# JVM and jar printing `fedemu --version`. Everything runs through ./fedemu, so with its JVM options and
# class data sharing archive, as users get them (FEDEMU_JAVA_OPTS, FEDEMU_CDS=off pass through). With no
# archive yet (first run after a build), the first up writes it and the warm runs use it.
#
# With --servers (issue 13), the same for the shipped hybrid scenario (the new default, with the seed's servers) and
# for the old default, the same file with its servers taken out (benchmarks/collapsed-scenario.sh), each on a state
# directory of its own kept from run to run, the runs interleaved (collapsed, servers, collapsed, servers, ...), and
# the ratios servers/collapsed. The class archive is rewritten by the servers variant's first up: its classes include
# the collapsed scenario's, so both map everything they load.
#
# With --jdks and/or --baseline DIR (issue 18), variants side by side in one run, interleaved: this checkout's
# ./fedemu as it is (the PATH's java: Java 17 with its AppCDS archive), with --jdks the same launcher on the newest
# Java 25 or later of the machine (FEDEMU_JAVA=newest: with its AOT cache), and with --baseline DIR another
# checkout's ./fedemu (DIR holds its fedemu script, scenarios/ and emulator/target/fedemu.jar, e.g. main's jar
# copied to /tmp), with the java that checkout chooses. Each variant first runs one untimed up (its class
# archive), then each round runs every variant twice: a first up on a new empty state directory (key generation)
# and a restart on its kept one: time to ready, the JVM's CPU time at ready (utime + stime: on a shared machine the
# steadier figure) and, for the restart, idle RSS 5 s after. It prints medians, every run and
# each variant's ratios to the first one (the baseline when given, else this checkout on Java 17).
#
#   benchmarks/startup.sh [RUNS] [--servers]   (needs emulator/target/fedemu.jar: ./fedemu --help builds it)
#   benchmarks/startup.sh [RUNS] [--jdks] [--baseline DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=5; servers=; jdks=; baseline_dir=; previous=
for arg in "$@"; do
  if [ "$previous" = --baseline ]; then baseline_dir="$(cd "$arg" && pwd)"; previous=; continue; fi
  case "$arg" in
    --servers) servers=1 ;;
    --jdks) jdks=1 ;;
    --baseline) ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) runs="$arg" ;;
  esac
  previous="$arg"
done
jar=emulator/target/fedemu.jar
[ -f "$jar" ] || { echo "build first: ./fedemu --help" >&2; exit 2; }
./fedemu --version > /dev/null  # untimed: builds a stale jar, completes an archive written earlier
state=$(mktemp -d); servers_state=$(mktemp -d); scenarios=$(mktemp -d)
trap 'rm -rf "$state" "$servers_state" "$scenarios"' EXIT

now_ms() { date +%s%3N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

# Starts LAUNCHER's up on STATE (FEDEMU_JAVA=JAVA, unset when empty) and prints "<ms to ready> <CPU ms of the JVM
# at ready> <RSS kB WAIT s after ready> <the JVM's executable>".
timed_up() {  # WAIT LAUNCHER JAVA STATE [fedemu up options]
  local wait="$1" launcher="$2" java="$3" dir="$4"; shift 4
  local out; out=$(mktemp)
  local start; start=$(now_ms)
  if [ -n "$java" ]; then FEDEMU_JAVA="$java" "$launcher" up --state-dir "$dir" --port-base 0 "$@" > "$out" 2>&1 &
  else env -u FEDEMU_JAVA "$launcher" up --state-dir "$dir" --port-base 0 "$@" > "$out" 2>&1 & fi
  local pid=$!
  until grep -q '^ready' "$out"; do
    kill -0 "$pid" 2>/dev/null || { cat "$out" >&2; exit 1; }
    sleep 0.01
  done
  local ready; ready=$(( $(now_ms) - start ))
  local cpu; cpu=$(awk '{print ($14 + $15) * 1000 / '"$(getconf CLK_TCK)"'}' "/proc/$pid/stat")
  sleep "$wait"
  local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  local exe; exe=$(readlink "/proc/$pid/exe")
  kill -TERM "$pid"; wait "$pid" || true
  rm -f "$out"
  echo "$ready $cpu $rss $exe"
}

one_up() {  # [STATE [fedemu up options]]; prints "<ms to ready> <idle RSS kB>"
  local dir="${1:-$state}"; shift || true
  local ready rss
  read -r ready _ rss _ < <(timed_up 5 ./fedemu "${FEDEMU_JAVA:-}" "$dir" "$@")
  echo "$ready $rss"
}

if [ -n "$jdks$baseline_dir" ]; then
  # Variants: "label|launcher|FEDEMU_JAVA" (empty: the launcher's own choice).
  variants=()
  [ -z "$baseline_dir" ] || variants+=("baseline|$baseline_dir/fedemu|")
  variants+=("this|./fedemu|")
  [ -z "$jdks" ] || variants+=("java25|./fedemu|newest")
  work=$(mktemp -d); trap 'rm -rf "$state" "$servers_state" "$scenarios" "$work"' EXIT
  up_with() {  # VARIANT STATE [WAIT]
    local launcher="${1#*|}"; local java="${launcher#*|}"; launcher="${launcher%%|*}"
    timed_up "${3:-5}" "$launcher" "$java" "$2"
  }
  declare -A cold cold_cpu warm cpu rss jvm
  for i in "${!variants[@]}"; do
    mkdir -p "$work/$i"
    read -r _ _ _ exe < <(up_with "${variants[$i]}" "$work/$i/untimed" 0)  # writes the class archive
    jvm[$i]="$exe"
    read -r _ _ _ _ < <(up_with "${variants[$i]}" "$work/$i/kept" 0)       # the kept state's keys
  done
  for round in $(seq "$runs"); do
    for i in "${!variants[@]}"; do
      read -r r c _ _ < <(up_with "${variants[$i]}" "$work/$i/empty-$round" 0)
      cold[$i]+="$r "; cold_cpu[$i]+="$c "
      read -r r c m _ < <(up_with "${variants[$i]}" "$work/$i/kept")
      warm[$i]+="$r "; cpu[$i]+="$c "; rss[$i]+="$m "
    done
  done
  med() { printf '%s\n' $1 | median; }
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
  echo "cores: $(nproc); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); runs: $runs each, interleaved"
  for i in "${!variants[@]}"; do
    label="${variants[$i]%%|*}"
    echo "$label: ${jvm[$i]}"
    echo "  first up on an empty state, median: $(med "${cold[$i]}") ms (runs: ${cold[$i]% }); CPU at ready $(med "${cold_cpu[$i]}") ms (runs: ${cold_cpu[$i]% })"
    echo "  restart on a kept state to ready, median: $(med "${warm[$i]}") ms (runs: ${warm[$i]% })"
    echo "  CPU at ready, median: $(med "${cpu[$i]}") ms (runs: ${cpu[$i]% })"
    echo "  idle RSS 5 s after ready, median: $(( $(med "${rss[$i]}") / 1024 )) MB (kB: ${rss[$i]% })"
    if [ "$i" -gt 0 ]; then
      echo "  ratio to ${variants[0]%%|*}: empty $(ratio "$(med "${cold[$i]}")" "$(med "${cold[0]}")") (CPU $(ratio "$(med "${cold_cpu[$i]}")" "$(med "${cold_cpu[0]}")")), kept $(ratio "$(med "${warm[$i]}")" "$(med "${warm[0]}")"), CPU $(ratio "$(med "${cpu[$i]}")" "$(med "${cpu[0]}")"), RSS $(ratio "$(med "${rss[$i]}")" "$(med "${rss[0]}")")"
    fi
  done
  exit 0
fi

baseline=()
for _ in $(seq "$runs"); do
  start=$(now_ms)
  ./fedemu --version > /dev/null
  baseline+=($(( $(now_ms) - start )))
done
base=$(printf '%s\n' "${baseline[@]}" | median)

if [ -n "$servers" ]; then
  benchmarks/collapsed-scenario.sh "$scenarios/hybrid-collapsed.yaml"
  collapsed=(--scenario "$scenarios/hybrid-collapsed.yaml")
  [ "${FEDEMU_CDS:-on}" = off ] || rm -f "${jar%.jar}.jsa"  # the servers variant's first up archives the classes
  cold_servers=$(one_up "$servers_state")
  cold=$(one_up "$state" "${collapsed[@]}")
  ready=(); rss=(); ready_servers=(); rss_servers=()
  for _ in $(seq "$runs"); do
    read -r r m < <(one_up "$state" "${collapsed[@]}"); ready+=("$r"); rss+=("$m")
    read -r r m < <(one_up "$servers_state"); ready_servers+=("$r"); rss_servers+=("$m")
  done
  r1=$(printf '%s\n' "${ready[@]}" | median); r2=$(printf '%s\n' "${ready_servers[@]}" | median)
  m1=$(printf '%s\n' "${rss[@]}" | median); m2=$(printf '%s\n' "${rss_servers[@]}" | median)
  ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
  echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); runs: $runs each, interleaved"
  echo "baseline (JVM + fedemu --version):           ${base} ms"
  echo "first up on an empty state (key generation): collapsed ${cold%% *} ms, servers ${cold_servers%% *} ms"
  echo "up to ready, kept state, median:             collapsed ${r1} ms (runs: ${ready[*]}), servers ${r2} ms (runs: ${ready_servers[*]})"
  echo "ratio servers/collapsed, ready:              $(ratio "$r2" "$r1")"
  echo "idle RSS after ready, median:                collapsed $(( m1 / 1024 )) MB (kB: ${rss[*]}), servers $(( m2 / 1024 )) MB (kB: ${rss_servers[*]})"
  echo "ratio servers/collapsed, idle RSS:           $(ratio "$m2" "$m1")"
  exit 0
fi

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
