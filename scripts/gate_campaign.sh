#!/usr/bin/env bash
# Measures the baseline gate on this machine: unchanged runs and runs with a real slowdown
# (-Dtenflowers.bench.slowdown, extra work in the benchmark bodies), interleaved so that neither kind
# runs all early or all late, each kept as a results.json. scripts/GateReplay.java then judges
# every pair. Usage: scripts/gate_campaign.sh OUT_DIR [ORDER] [INCLUDES]
#   ORDER: U (unchanged) and S (slowed) letters, default USUUSUUSUUSUUSU (10 U, 5 S)
#   INCLUDES: regex of benchmarks (default: the regression group)
set -euo pipefail
out=${1:?usage: scripts/gate_campaign.sh OUT_DIR [ORDER] [INCLUDES]}
order=${2:-USUUSUUSUUSUUSU}
includes=${3:-regression}
slowdown=relu=0.15,neural_network=0.25
mkdir -p "$out/unchanged" "$out/slowed"
out=$(cd "$out" && pwd)
cd "$(dirname "$0")/.."
lscpu | grep -E "Model name|^CPU\(s\)|Thread|L2|L3" > "$out/cpu.txt" || true
for ((i = 0; i < ${#order}; i++)); do
    kind=${order:i:1}
    case "$kind" in
        U) dir=unchanged; extra=() ;;
        S) dir=slowed; extra=("-Dtenflowers.bench.slowdown=$slowdown" "-Dtenflowers.bench.jvmArgs=-Dtenflowers.bench.slowdown=$slowdown") ;;
        *) echo "unknown run kind $kind" >&2; exit 2 ;;
    esac
    echo "$(date -u +%H:%M:%S) run $((i + 1))/${#order}: $dir"
    mvn -B -q -pl autograd-engine -am verify -DskipTests -Dtenflowers.bench.preset=gate \
        "-Dtenflowers.bench.includes=$includes" "-Dtenflowers.bench.historyDirectory=$out/$dir" \
        -Dtenflowers.bench.haltOnFailure=false "${extra[@]}" > "$out/run-$((i + 1))-$dir.log" 2>&1
done
echo "$(date -u +%H:%M:%S) done: $(ls "$out"/unchanged/*.json 2>/dev/null | wc -l) unchanged, $(ls "$out"/slowed/*.json 2>/dev/null | wc -l) slowed runs in $out"
