#!/usr/bin/env bash
# Top frames of a JDK Flight Recording (issue 18's profile): the share of jdk.ExecutionSample events
#   - by top frame (the method running when sampled, "self"),
#   - by the top frame's package (at most five name parts: which library the CPU is in),
#   - by io.fedemu frame anywhere on the stack ("total": the method or something it called),
#   - by the first io.fedemu frame on the stack (which of the project's methods the time is spent under).
#
#   benchmarks/jfr-top.sh FILE.jfr [N]     (N rows each, default 25)
set -euo pipefail
file=$1; rows=${2:-25}
jfr print --events jdk.ExecutionSample --stack-depth 200 "$file" | python3 -c '
import re, sys, collections
rows = int(sys.argv[1])
stacks, stack, inside = [], [], False
for line in sys.stdin:
    if line.startswith("jdk.ExecutionSample"):
        stack, inside = [], False
    elif "stackTrace = [" in line:
        inside = True
    elif inside and line.strip() == "]":
        inside = False
        stacks.append(stack)
    elif inside:
        m = re.match(r"\s+([\w$.<>/]+)\(", line)
        if m:
            stack.append(m.group(1))
n = len(stacks) or 1
def show(title, counter):
    print(f"{title} ({len(stacks)} samples)")
    for name, k in counter.most_common(rows):
        print(f"  {100 * k / n:5.1f}%  {name}")
def package(frame):
    parts = frame.split(".")
    names = [p for p in parts[:next((i for i, p in enumerate(parts) if p[:1].isupper()), len(parts))]]
    return ".".join(names[:5])
top = collections.Counter(s[0] for s in stacks if s)
total = collections.Counter()
for s in stacks:
    total.update(f for f in set(s) if f.startswith("io.fedemu"))
first = collections.Counter(next((f for f in s if f.startswith("io.fedemu")), "(no io.fedemu frame)") for s in stacks)
show("self: top frame", top)
show("self: package of the top frame", collections.Counter(package(s[0]) for s in stacks if s))
show("total: on the stack", total)
show("under: first io.fedemu frame", first)
' "$rows"
