#!/usr/bin/env bash
# Side-by-side comparison of the engine with PyTorch on the anchor workloads W1-W9, in one sitting:
# ours (JMH PeerComparison), then PyTorch (torch_bench.py) and OpenBLAS (peak_bench.py), then ours
# again. Prints a Markdown table of medians and ratios and writes it, with the raw outputs, to DIR.
#
# Needs Debian's PyTorch with OpenBLAS (see shared/anchors/README.md):
#   apt-get install -y python3-torch python3-numpy libopenblas0-pthread
set -euo pipefail

usage() {
    cat <<USAGE
Usage: $0 [-t THREADS] [-j JAVA_HOME] [-a ANCHORS_DIR] [-o DIR] [-q]
  -t THREADS   threads for both sides (tenflowers.threads / OMP+OpenBLAS), default 1
  -j JAVA_HOME JDK for our forks (default: the java on PATH)
  -a DIR       the anchors folder with torch_bench.py and peak_bench.py (default ../shared/anchors)
  -o DIR       output folder (default target/peer-comparison)
  -q           quick: shorter runs (for a smoke test of the script, not for figures)
USAGE
}

threads=1
java_home=""
root="$(cd "$(dirname "$0")/.." && pwd)"
anchors="$root/../shared/anchors"
out="$root/target/peer-comparison"
quick=0
while getopts "t:j:a:o:qh" opt; do
    case "$opt" in
        t) threads="$OPTARG" ;;
        j) java_home="$OPTARG" ;;
        a) anchors="$OPTARG" ;;
        o) out="$OPTARG" ;;
        q) quick=1 ;;
        h) usage; exit 0 ;;
        *) usage; exit 2 ;;
    esac
done
[[ -f "$anchors/torch_bench.py" ]] || { echo "error: $anchors/torch_bench.py not found; pass -a ANCHORS_DIR" >&2; exit 2; }
/usr/bin/python3 -c "import torch" 2>/dev/null || { echo "error: Debian's python3-torch is not installed (see $anchors/README.md)" >&2; exit 2; }
java="java"
[[ -n "$java_home" ]] && java="$java_home/bin/java"
mkdir -p "$out"

cd "$root"
mvn -B -q -pl autograd-engine -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -DskipTests >/dev/null
cp="autograd-engine/target/test-classes:autograd-engine/target/classes:$(cat autograd-engine/target/bench-classpath.txt)"

if [[ $quick == 1 ]]; then runs=(-f 1 -wi 1 -i 2 -w 200ms -r 200ms); torch_args=(3 0.1); else runs=(-f 1 -wi 5 -i 9 -w 500ms -r 500ms); torch_args=(9 0.25); fi

ours() {
    "$java" -cp "$cp" org.openjdk.jmh.Main 'PeerComparison' "${runs[@]}" -prof gc \
        -jvmArgsAppend "-Dtenflowers.threads=$threads" -rf json -rff "$out/ours-$1.json" > "$out/ours-$1.log"
}
echo "ours (1/2) ..."; ours 1
echo "pytorch ..."
OMP_NUM_THREADS=$threads OPENBLAS_NUM_THREADS=$threads /usr/bin/python3 "$anchors/torch_bench.py" "$threads" "${torch_args[@]}" > "$out/torch.log"
OMP_NUM_THREADS=$threads OPENBLAS_NUM_THREADS=$threads /usr/bin/python3 "$anchors/peak_bench.py" "$threads" > "$out/peak.log"
echo "ours (2/2) ..."; ours 2
"$java" -version 2>&1 | head -1 > "$out/java-version.txt"
/usr/bin/python3 "$root/scripts/peer_table.py" "$out" "$threads" | tee "$out/peer-comparison.md"
