#!/usr/bin/env bash
# Wall time of the test command (mvn -B -ntp verify) at two revisions, measured in one run so the ratio
# compares like with like: each revision is exported into its own temporary directory (no git worktree, no
# shared target/), the runs alternate, and Maven works offline from the local repository.
#   benchmarks/verify-time.sh BASE [HEAD] [ROUNDS]     e.g. benchmarks/verify-time.sh 6e4491c HEAD 1
set -euo pipefail
base="${1:?usage: verify-time.sh BASE [HEAD] [ROUNDS]}"; head="${2:-HEAD}"; rounds="${3:-1}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
for rev in "$base" "$head"; do
  mkdir -p "$work/$rev"; git -C "$repo" archive "$rev" | tar -x -C "$work/$rev"
done
declare -A total
for ((i = 1; i <= rounds; i++)); do
  for rev in "$base" "$head"; do
    start=$(date +%s%N)
    if ! (cd "$work/$rev" && mvn -B -ntp -o -q verify > "$work/$rev.log" 2>&1); then
      echo "verify failed at $rev (round $i):"; tail -30 "$work/$rev.log"; exit 1
    fi
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    total[$rev]=$(( ${total[$rev]:-0} + ms ))
    echo "round $i  $rev  ${ms} ms"
  done
done
b=$(( total[$base] / rounds )); h=$(( total[$head] / rounds ))
echo "mean: $base ${b} ms, $head ${h} ms, ratio $head/$base = $(awk "BEGIN { printf \"%.2f\", $h / $b }")"
