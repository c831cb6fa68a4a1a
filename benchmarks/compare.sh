#!/usr/bin/env bash
# Stub comparison (issue 18): fedemu against a WireMock stub, side by side on this machine in one run.
#
# Starts `./fedemu up --http` (the default scenario, its default JVM options) on a fresh temporary state
# directory, captures its answer to alice@contoso.com's GetUserAvailability for carol@contoso.com, and serves
# that answer, canned, from WireMock standalone (the version in the root pom, default settings). Then drives
# three targets with the same load generator and the same request body shape, Basic auth as fedemu needs:
#   wiremock  the canned answer
#   local     fedemu, carol@contoso.com (a mailbox of alice's own organization)
#   cross     fedemu, bob@contoso.com (a remote mailbox: the cloud answers, through the gateway's token)
# at 1 and 32 connections: WARMUP seconds of warm-up, then DURATION seconds measured. For each: requests/s,
# p50/p99 and the server's CPU per request (utime+stime of its JVM from /proc over the measured window, divided
# by the requests). A sample of every target's answers is checked before and after the load (HTTP 200, every
# ResponseCode NoError, fedemu's answers valid against protocol's messages.xsd). Then cold start: from spawn to
# the first good answer, median of RUNS, WireMock and `./fedemu up --http` on the kept state, interleaved; and
# resident memory (VmRSS) 5 s after start (idle) and after the load.
#
# The load generator is wrk (Debian's; installed with apt-get when missing and this runs as root or with
# passwordless sudo); without it, StubLoad (benchmarks' closed-loop Java driver) stands in, and the table says so
# (COMPARE_DRIVER=StubLoad forces it).
# Linux only (/proc). FEDEMU_JAVA_OPTS passes through to the emulator. With --profile DIR, the emulator's
# measured windows for local and cross at the last connection count are recorded with JDK Flight Recorder
# (jcmd JFR.start/JFR.stop, settings=profile) into DIR/local.jfr and DIR/cross.jfr, and their top frames printed
# with benchmarks/jfr-top.sh; a profiled run's figures carry the recorder's cost, so report them from a run
# without it.
#
# With --collapsed, fedemu runs the shipped scenario with its servers taken out (benchmarks/collapsed-scenario.sh):
# each organization is one Exchange 2013 server, so a local request is served once, with no Client Access to
# Mailbox hop; the difference from a run without it is what the scenario's server topology costs.
#
#   benchmarks/compare.sh [--warmup S] [--duration S] [--runs N] [--connections "1 32"] [--quick] [--profile DIR]
#                         [--collapsed]
#     defaults 5, 15, 5, "1 32"; --quick is --warmup 1 --duration 5 --runs 3
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
warmup=5; duration=15; runs=5; connections="1 32"; profile=; collapsed=; port_base=${COMPARE_PORT_BASE:-47100}
while [ $# -gt 0 ]; do
  case "$1" in
    --warmup) warmup="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --quick) warmup=1; duration=5; runs=3; shift ;;
    --profile) profile=$(mkdir -p "$2" && cd "$2" && pwd); shift 2 ;;
    --collapsed) collapsed=1; shift ;;
    -h|--help) sed -n '2,32p' "$0"; exit 0 ;;
    *) echo "compare.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
log() { echo "compare: $*" >&2; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# --- tools -------------------------------------------------------------------------------------------------
for tool in java curl jq; do
  command -v "$tool" > /dev/null || { log "needs $tool on PATH"; exit 1; }
done
driver=${COMPARE_DRIVER:-}  # COMPARE_DRIVER=StubLoad uses the Java driver even where wrk is installed
if [ -z "$driver" ] && ! command -v wrk > /dev/null; then
  if [ "$(id -u)" = 0 ]; then
    log "installing wrk (apt-get) ..."; apt-get install -y wrk > /dev/null 2>&1 || true
  elif command -v sudo > /dev/null && sudo -n true 2> /dev/null; then
    log "installing wrk (sudo apt-get) ..."; sudo -n apt-get install -y wrk > /dev/null 2>&1 || true
  fi
fi
if [ -z "$driver" ]; then
  if command -v wrk > /dev/null; then driver=wrk; else
    driver=StubLoad; log "wrk is missing and cannot be installed here: StubLoad (Java, closed loop) stands in"
  fi
fi

wiremock_version=$(sed -n 's:.*<wiremock.version>\(.*\)</wiremock.version>.*:\1:p' pom.xml)
wiremock_jar=benchmarks/target/wiremock-standalone-$wiremock_version.jar
if [ ! -f "$wiremock_jar" ]; then
  mkdir -p benchmarks/target
  m2=${MAVEN_REPO:-$HOME/.m2/repository}/org/wiremock/wiremock-standalone/$wiremock_version
  if [ ! -f "$m2/wiremock-standalone-$wiremock_version.jar" ]; then
    log "fetching wiremock-standalone $wiremock_version ..."
    mvn -q -B -ntp dependency:get -Dartifact="org.wiremock:wiremock-standalone:$wiremock_version" >&2
  fi
  cp "$m2/wiremock-standalone-$wiremock_version.jar" "$wiremock_jar"
fi
./fedemu --version > /dev/null  # builds a stale emulator jar before anything is timed
check=benchmarks/src/main/java/io/fedemu/benchmarks/StubAnswerCheck.java
xsd=protocol/src/main/resources/wsdl/messages.xsd

# --- processes ---------------------------------------------------------------------------------------------
work=$(mktemp -d); state=$work/state; fed_pid=; wm_pid=
scenario=(); scenario_name="the default scenario"
if [ -n "$collapsed" ]; then
  benchmarks/collapsed-scenario.sh "$work/hybrid-collapsed.yaml"
  scenario=(--scenario "$work/hybrid-collapsed.yaml"); scenario_name="hybrid with its servers taken out (--collapsed)"
fi
cleanup() {
  for p in $fed_pid $wm_pid; do
    if kill -0 "$p" 2> /dev/null; then kill -TERM "$p"; wait "$p" 2> /dev/null || true; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT
stop() { kill -TERM "$1" 2> /dev/null || true; wait "$1" 2> /dev/null || true; }

fed_up() {  # ./fedemu up --http in the background on $state; sets fed_pid
  ./fedemu up --http --state-dir "$state" --port-base "$port_base" "${scenario[@]}" > "$work/fedemu.out" 2>&1 &
  fed_pid=$!  # ./fedemu execs java: this is the emulator's JVM
}
wm_up() {  # WireMock standalone, default settings, on $wm_port; sets wm_pid
  java -jar "$wiremock_jar" --port "$wm_port" --root-dir "$work/wiremock" > "$work/wiremock.out" 2>&1 &
  wm_pid=$!
}
fed_wait_ready() {
  for _ in $(seq 1800); do
    grep -q '^ready' "$work/fedemu.out" && return 0
    kill -0 "$fed_pid" 2> /dev/null || { log "fedemu up exited:"; cat "$work/fedemu.out" >&2; exit 1; }
    sleep 0.1
  done
  log "fedemu not ready after 180 s"; cat "$work/fedemu.out" >&2; exit 1
}
ask() {  # ask URL BODYFILE OUTFILE -> prints the HTTP status (000 when nothing answered)
  curl -s -o "$3" -w '%{http_code}' --max-time 30 -X POST -H 'Content-Type: text/xml; charset=utf-8' \
    -H "Authorization: $auth" --data-binary @"$2" "$1" || true
}
first_good() {  # first_good PID URL BODYFILE: polls until a 200 carrying NoError; prints ms since $spawned
  for _ in $(seq 6000); do
    if [ "$(ask "$2" "$3" "$work/poll.xml")" = 200 ] && grep -q NoError "$work/poll.xml"; then
      echo $(( $(now_ms) - spawned )); return 0
    fi
    kill -0 "$1" 2> /dev/null || { log "process $1 died while starting"; exit 1; }
    sleep 0.02
  done
  log "no good answer from $2 after 120 s"; exit 1
}
rss_mb() { awk '/^VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }  # comm is "java": no space shifts the fields
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# --- fedemu: keys on a first start, then the measured emulator on a restart, as users mostly run it ---------
log "first fedemu up --http on a fresh state (key generation) ..."
fed_up; fed_wait_ready; stop "$fed_pid"
fed_up; fed_wait_ready
[ "$(cat "/proc/$fed_pid/comm")" = java ] || { log "pid $fed_pid is not java"; exit 1; }
tenant=$(jq -c '.tenants[] | select(any(.mailboxes[]; .address == "alice@contoso.com" and .kind == "mailbox"))' "$state/endpoints.json")
ews=$(jq -r .ews <<< "$tenant")
password=$(jq -r '.mailboxes[] | select(.address == "alice@contoso.com") | .password' <<< "$tenant")
auth="Basic $(printf '%s' "alice@contoso.com:$password" | base64 -w0)"
body() {  # body ATTENDEE: GetUserAvailability for one mailbox on Monday 2026-11-30, DetailedMerged at 30 minutes
  cat << EOF
<?xml version="1.0" encoding="utf-8"?>
<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"
    xmlns:t="http://schemas.microsoft.com/exchange/services/2006/types"
    xmlns:m="http://schemas.microsoft.com/exchange/services/2006/messages">
  <s:Header><t:RequestServerVersion Version="Exchange2013"/>
    <t:TimeZoneContext><t:TimeZoneDefinition Id="UTC"/></t:TimeZoneContext></s:Header>
  <s:Body><m:GetUserAvailabilityRequest>
    <m:MailboxDataArray><t:MailboxData><t:Email><t:Address>$1</t:Address></t:Email>
      <t:AttendeeType>Required</t:AttendeeType></t:MailboxData></m:MailboxDataArray>
    <t:FreeBusyViewOptions><t:TimeWindow><t:StartTime>2026-11-30T00:00:00</t:StartTime>
      <t:EndTime>2026-12-01T00:00:00</t:EndTime></t:TimeWindow>
      <t:MergedFreeBusyIntervalInMinutes>30</t:MergedFreeBusyIntervalInMinutes>
      <t:RequestedView>DetailedMerged</t:RequestedView></t:FreeBusyViewOptions>
  </m:GetUserAvailabilityRequest></s:Body>
</s:Envelope>
EOF
}
body carol@contoso.com > "$work/local.xml"
body bob@contoso.com > "$work/cross.xml"
cp "$work/local.xml" "$work/wiremock.xml"  # WireMock gets the local request: the answer it cans is its answer

# WireMock's canned answer: fedemu's own answer to the local request.
mkdir -p "$work/wiremock/mappings" "$work/wiremock/__files"
status=$(ask "$ews" "$work/local.xml" "$work/wiremock/__files/answer.xml")
[ "$status" = 200 ] || { log "fedemu answered the local request with HTTP $status"; exit 1; }
cat > "$work/wiremock/mappings/availability.json" << 'EOF'
{ "request": { "method": "POST", "urlPattern": ".*" },
  "response": { "status": 200, "headers": { "Content-Type": "text/xml; charset=utf-8" },
                "bodyFileName": "answer.xml" } }
EOF
wm_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])' 2> /dev/null \
  || echo $(( port_base - 50 )))
wm_url="http://127.0.0.1:$wm_port/EWS/Exchange.asmx"
spawned=$(now_ms); wm_up; first_good "$wm_pid" "$wm_url" "$work/wiremock.xml" > /dev/null

declare -A url=([wiremock]=$wm_url [local]=$ews [cross]=$ews)
declare -A pid=([wiremock]=$wm_pid [local]=$fed_pid [cross]=$fed_pid)
targets="wiremock local cross"

check_sample() {  # check_sample WHEN: 5 answers of each target, checked
  local files=() t i
  for t in $targets; do
    local schema=(--schema "$xsd")
    [ "$t" = wiremock ] && schema=()
    files=()
    for i in 1 2 3 4 5; do
      s=$(ask "${url[$t]}" "$work/$t.xml" "$work/sample-$t-$i.xml")
      [ "$s" = 200 ] || { log "$1: $t answered HTTP $s"; cat "$work/sample-$t-$i.xml" >&2; exit 1; }
      files+=("$work/sample-$t-$i.xml")
    done
    java "$check" "${schema[@]}" "${files[@]}" > "$work/check.out" \
      || { log "$1: $t's answers fail the check:"; cat "$work/check.out" >&2; exit 1; }
  done
  log "$1: a sample of 5 answers per target: HTTP 200, NoError, fedemu's schema-valid"
}
check_sample "before the load"

sleep 5
declare -A idle_rss=([wiremock]=$(rss_mb "$wm_pid") [fedemu]=$(rss_mb "$fed_pid"))

# --- load ----------------------------------------------------------------------------------------------------
cat > "$work/wrk.lua" << EOF
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/xml; charset=utf-8"
wrk.headers["Authorization"] = "$auth"
local f = assert(io.open(os.getenv("COMPARE_BODY"), "rb"))
wrk.body = f:read("*a")
f:close()
EOF
load() {  # load TARGET CONNECTIONS SECONDS -> the driver's output, wrk's format
  if [ "$driver" = wrk ]; then
    COMPARE_BODY="$work/$1.xml" wrk -t1 -c"$2" -d"$3"s --timeout 30s --latency -s "$work/wrk.lua" "${url[$1]}"
  else
    java "benchmarks/src/main/java/io/fedemu/benchmarks/StubLoad.java" "${url[$1]}" "$work/$1.xml" "$auth" "$2" "$3"
  fi
}
to_ms() {  # wrk's 1.23us / 4.56ms / 1.2s -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
declare -A rps p50 p99 cpu errors
ticks_per_s=$(getconf CLK_TCK)
for c in $connections; do
  for t in $targets; do
    log "$t at $c connections: ${warmup} s warm-up, ${duration} s measured ..."
    load "$t" "$c" "$warmup" > /dev/null
    recording=
    if [ -n "$profile" ] && [ "$t" != wiremock ] && [ "$c" = "${connections##* }" ]; then
      recording=$t; jcmd "${pid[$t]}" JFR.start name="$t" settings=profile > /dev/null
    fi
    before=$(cpu_ticks "${pid[$t]}")
    load "$t" "$c" "$duration" > "$work/load.out"
    after=$(cpu_ticks "${pid[$t]}")
    if [ -n "$recording" ]; then
      jcmd "${pid[$t]}" JFR.stop name="$t" filename="$profile/$t.jfr" > /dev/null
    fi
    requests=$(awk '/requests in/ { print $1 }' "$work/load.out")
    rps[$t,$c]=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$work/load.out")
    p50[$t,$c]=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$work/load.out")")
    p99[$t,$c]=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$work/load.out")")
    cpu[$t,$c]=$(awk -v d=$(( after - before )) -v r="$requests" -v hz="$ticks_per_s" \
      'BEGIN { printf "%.3f", (r > 0 ? d * 1000 / hz / r : 0) }')
    errors[$t,$c]=$(awk '/Non-2xx/ { n += $NF } /Socket errors/ { gsub(",", ""); n += $4 + $6 + $8 + $10 } END { print n + 0 }' "$work/load.out")
    echo "  $t c=$c: $requests requests, ${rps[$t,$c]} req/s, p50 ${p50[$t,$c]} ms, p99 ${p99[$t,$c]} ms," \
      "CPU ${cpu[$t,$c]} ms/request, errors ${errors[$t,$c]}" >&2
  done
done
check_sample "after the load"
declare -A load_rss=([wiremock]=$(rss_mb "$wm_pid") [fedemu]=$(rss_mb "$fed_pid"))
stop "$wm_pid"; stop "$fed_pid"

# --- cold start: spawn to the first good answer, interleaved, fedemu on the kept state -----------------------
wm_runs=; fed_runs=
for i in $(seq "$runs"); do
  spawned=$(now_ms); wm_up; wm_runs+=" $(first_good "$wm_pid" "$wm_url" "$work/wiremock.xml")"; stop "$wm_pid"
  : > "$work/fedemu.out"
  spawned=$(now_ms); fed_up; fed_runs+=" $(first_good "$fed_pid" "$ews" "$work/local.xml")"; stop "$fed_pid"
  log "cold start $i: WireMock ${wm_runs##* } ms, fedemu ${fed_runs##* } ms"
done
wm_cold=$(median <<< "$wm_runs"); fed_cold=$(median <<< "$fed_runs")

# --- table -------------------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2f" : "-"), (b > 0 ? a / b : 0) }'; }
cells() {  # cells METRIC: "a / b" over the connection counts
  local t=$1 m=$2 out= c
  for c in $connections; do
    case $m in
      rps) v=${rps[$t,$c]} ;; p50) v=${p50[$t,$c]} ;; p99) v=${p99[$t,$c]} ;; cpu) v=${cpu[$t,$c]} ;; err) v=${errors[$t,$c]} ;;
    esac
    out+="${out:+ / }$v"
  done
  echo "$out"
}
ratios() {  # ratios METRIC A B: A/B over the connection counts
  local out= c a b
  for c in $connections; do
    case $1 in rps) a=${rps[$2,$c]}; b=${rps[$3,$c]} ;; cpu) a=${cpu[$2,$c]}; b=${cpu[$3,$c]} ;; p99) a=${p99[$2,$c]}; b=${p99[$3,$c]} ;; esac
    out+="${out:+ / }$(ratio "$a" "$b")"
  done
  echo "$out"
}
cs=$(echo "$connections" | sed 's/ / \/ /g')
echo
echo "Stub comparison, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -1), load: $([ "$driver" = wrk ] && echo "wrk -t1" || echo "StubLoad, a fresh JVM per cell: slower than wrk, compare within the run only")," \
  "${warmup} s warm-up + ${duration} s measured per cell, WireMock $wiremock_version, fedemu on $scenario_name"
echo
echo "| at $cs connections | WireMock, canned answer | fedemu, local mailbox | fedemu, remote mailbox (cross) | local / WireMock | cross / local |"
echo "|---|---|---|---|---|---|"
echo "| requests/s | $(cells wiremock rps) | $(cells local rps) | $(cells cross rps) | $(ratios rps local wiremock) | $(ratios rps cross local) |"
echo "| p50, ms | $(cells wiremock p50) | $(cells local p50) | $(cells cross p50) | | |"
echo "| p99, ms | $(cells wiremock p99) | $(cells local p99) | $(cells cross p99) | $(ratios p99 local wiremock) | $(ratios p99 cross local) |"
echo "| server CPU per request, ms | $(cells wiremock cpu) | $(cells local cpu) | $(cells cross cpu) | $(ratios cpu local wiremock) | $(ratios cpu cross local) |"
echo "| errors (non-200, socket) | $(cells wiremock err) | $(cells local err) | $(cells cross err) | | |"
echo
echo "| | WireMock | fedemu (\`up --http\`, $scenario_name) | fedemu / WireMock |"
echo "|---|---|---|---|"
echo "| cold start to the first good answer, median of $runs, ms | $wm_cold (runs$wm_runs) | $fed_cold (runs$fed_runs, kept state) | $(ratio "$fed_cold" "$wm_cold") |"
echo "| idle RSS 5 s after start, MB | ${idle_rss[wiremock]} | ${idle_rss[fedemu]} | $(ratio "${idle_rss[fedemu]}" "${idle_rss[wiremock]}") |"
echo "| RSS after the load, MB | ${load_rss[wiremock]} | ${load_rss[fedemu]} | $(ratio "${load_rss[fedemu]}" "${load_rss[wiremock]}") |"
if [ -n "$profile" ]; then
  for t in local cross; do
    echo; echo "Profile, $t at ${connections##* } connections ($profile/$t.jfr):"; benchmarks/jfr-top.sh "$profile/$t.jfr"
  done
fi
