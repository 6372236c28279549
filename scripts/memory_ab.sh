#!/usr/bin/env bash
# A/B of memory reuse: the peer workloads W1–W9 with a fresh array per op result against the same
# with each call in a MemoryScope (as PeerComparison runs them), in one JVM with rounds interleaved
# (scripts/memory_ab/MemoryAB.java). The JVM gets the benchmarks' heap flags (SuiteDefaults.HEAP_FLAGS:
# a fixed, pre-touched heap), so that fresh arrays do not also pay first-touch page faults.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds=8
millis=300
workloads="w1,w3,w4,w5,w6,w7,w8,w9"
jvm_opts="-Xms256m -Xmx256m -XX:+AlwaysPreTouch"
usage() {
    cat <<USAGE
Usage: $0 [-r ROUNDS] [-m MILLIS] [-w WORKLOADS] [-j JVM_OPTIONS]
  -r ROUNDS     interleaved rounds (default $rounds; the first is warm-up)
  -m MILLIS     time per workload, engine and round (default $millis)
  -w WORKLOADS  comma-separated, from w1..w9 (default $workloads)
  -j OPTIONS    JVM options replacing the default heap flags ('$jvm_opts')
Prints a Markdown table: per workload the median µs per call each way and the speed-up.
USAGE
}
while getopts "r:m:w:j:h" opt; do
    case "$opt" in
        r) rounds="$OPTARG" ;;
        m) millis="$OPTARG" ;;
        w) workloads="$OPTARG" ;;
        j) jvm_opts="$OPTARG" ;;
        h) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
(cd "$root" && mvn -B -q -o -pl autograd-engine test-compile dependency:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null 2>&1) \
    || { echo "error: the engine's tests do not compile (mvn -o -pl autograd-engine test-compile)" >&2; exit 1; }
cp="$root/autograd-engine/target/classes:$root/autograd-engine/target/test-classes:$(cat "$work/cp.txt")"
javac -nowarn -cp "$cp" -d "$work" "$root/scripts/memory_ab/MemoryAB.java"
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), family $(grep -m1 'cpu family' /proc/cpuinfo | cut -d: -f2 | xargs)" \
     "model $(grep -m1 '^model\s' /proc/cpuinfo | cut -d: -f2 | xargs); JVM options: $jvm_opts; $(java -version 2>&1 | head -1)"
# shellcheck disable=SC2086  # the options are words
java --add-modules jdk.incubator.vector $jvm_opts -cp "$work:$cp" MemoryAB "$rounds" "$millis" "$workloads" 2>&1 \
    | grep -v "incubator modules"
