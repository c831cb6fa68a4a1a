#!/usr/bin/env bash
# A test class's topology (issue 18, goal 6): how long FederationExtension's beforeAll takes for the first test
# class of a JVM and for the classes after it, `hybrid` scenario, this checkout against a baseline commit, in one run.
# Each side is built into its own target folders (this checkout in place, the baseline in a temporary clone), then
# RUNS JVMs per side, alternately (baseline, this, baseline, this, ...: the machine is shared, so only same-run
# ratios mean anything), each starting and stopping CLASSES federations one after another as Surefire runs test
# classes (benchmarks/TestTopologyStarts.java, in source-file mode, so both sides run the same driver). Prints every
# JVM's lines, then per side the median wall and CPU time of class 1, class 2 and classes 2..CLASSES, and the ratios.
# CPU is the whole JVM's (every thread, JIT and GC included) during beforeAll: it moves less with the load.
#
#   benchmarks/test-topology.sh [RUNS] [CLASSES] [BASE]   (defaults 3, 6, main; builds with mvn -o, no install)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-3}; classes=${2:-6}; base=${3:-main}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

build() {  # DIR CLASSPATH-FILE: the junit module and what it needs, packaged in DIR's own target folders
  (cd "$1" && mvn -B -ntp -o -q -pl junit -am package -DskipTests -Djacoco.skip=true -Dinvoker.skip=true \
      -Djazzer.skip=true -Dspotless.check.skip=true dependency:build-classpath -Dmdep.outputFile="$2") >&2
  echo "$1/junit/target/classes:$(cat "$2")"
}

git clone -q --shared . "$work/base"
git -C "$work/base" checkout -q "$(git rev-parse "$base")"
echo "building $base ($(git rev-parse --short "$base")) and this checkout ($(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ', with uncommitted changes'))" >&2
base_cp=$(build "$work/base" "$work/base.cp")
head_cp=$(build "$PWD" "$work/head.cp")
logback=junit/src/test/resources/logback-test.xml

one() {  # SIDE CLASSPATH: one JVM, its lines tagged with the side
  java -Dlogback.configurationFile="$logback" -cp "$2" benchmarks/TestTopologyStarts.java "$classes" hybrid \
    | awk -v side="$1" '/^class / {print side, $2, $3, $4}'
}

echo "date $(date -u '+%Y-%m-%dT%H:%M:%SZ'), load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
: > "$work/lines"
for run in $(seq "$runs"); do
  one base "$base_cp" | tee -a "$work/lines"
  one head "$head_cp" | tee -a "$work/lines"
done
echo "load average after $(cut -d' ' -f1-3 /proc/loadavg)"

python3 - "$work/lines" "$runs" <<'EOF'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
def med(side, pick, column):
    values = [int(r[column]) for r in rows if r[0] == side and pick(int(r[1]))]
    return statistics.median(values) if values else float("nan")
groups = [("class 1", lambda n: n == 1), ("class 2", lambda n: n == 2), ("classes 2..", lambda n: n >= 2)]
print(f"medians over {sys.argv[2]} JVMs per side (ms)     base wall  this wall  ratio | base CPU  this CPU  ratio")
for name, pick in groups:
    bw, hw = med("base", pick, 2), med("head", pick, 2)
    bc, hc = med("base", pick, 3), med("head", pick, 3)
    print(f"{name:<38} {bw:>9.0f} {hw:>10.0f} {hw / bw:>6.2f} | {bc:>8.0f} {hc:>9.0f} {hc / bc:>6.2f}")
EOF
