#!/usr/bin/env bash
# Side-by-side comparison of the engine with PyTorch on the peer workloads W1-W9, in one sitting:
# ours (JMH PeerComparison), then PyTorch (scripts/torch_workloads.py) and the OpenBLAS SGEMM
# ceiling (scripts/blas_peak.py), then ours again. Prints a Markdown table of medians and ratios
# and writes it, with the raw outputs, to DIR.
#
# Needs Debian's PyTorch with OpenBLAS:
#   apt-get install -y python3-torch python3-numpy libopenblas0-pthread
#
# The OpenBLAS kernel: Debian's OpenBLAS 0.3.21 falls back to an older kernel on CPUs it does not
# know (Prescott, SSE3, on a new Intel Xeon), and an OPENBLAS_CORETYPE inherited from the
# environment can select one too. Before PyTorch runs, scripts/openblas_core.py names the kernel
# OpenBLAS loads and judges it against the CPU's vector level (/proc/cpuinfo): on a fallback the
# script tries OpenBLAS's own choice (without an inherited OPENBLAS_CORETYPE), then the right core
# (SkylakeX for AVX-512, Haswell for AVX2, Sandybridge for AVX), and refuses if none loads.
set -euo pipefail

usage() {
    cat <<USAGE
Usage: $0 [-t THREADS] [-j JAVA_HOME] [-k CORETYPE|native] [-o DIR] [-q]
  -t THREADS   threads for both sides (tenflowers.threads / OMP+OpenBLAS), default 1
  -j JAVA_HOME JDK for our forks (default: the java on PATH)
  -k CORETYPE  run OpenBLAS with OPENBLAS_CORETYPE=CORETYPE (e.g. SkylakeX, Haswell), even a
               fallback (the table says so); -k native: OpenBLAS's own choice, whatever it is.
               Default: the CPU's best kernel, selected as above, or refuse
  -o DIR       output folder (default target/peer-comparison)
  -q           quick: shorter runs (for a smoke test of the script, not for figures)
USAGE
}

threads=1
java_home=""
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/target/peer-comparison"
quick=0
coretype=""
while getopts "t:j:k:o:qh" opt; do
    case "$opt" in
        t) threads="$OPTARG" ;;
        j) java_home="$OPTARG" ;;
        k) coretype="$OPTARG" ;;
        o) out="$OPTARG" ;;
        q) quick=1 ;;
        h) usage; exit 0 ;;
        *) usage; exit 2 ;;
    esac
done
/usr/bin/python3 -c "import torch, numpy" 2>/dev/null || {
    echo "error: Debian's python3-torch and python3-numpy are not installed:" >&2
    echo "  apt-get install -y python3-torch python3-numpy libopenblas0-pthread" >&2; exit 2; }
mkdir -p "$out"
out="$(cd "$out" && pwd)"

# --- which OpenBLAS kernel will PyTorch and numpy run? -------------------------------------------
# check: runs openblas_core.py with the current OPENBLAS_CORETYPE; sets $verdict, keeps its lines
check_core() {
    local rc=0
    core_report="$(/usr/bin/python3 "$root/scripts/openblas_core.py")" || rc=$?
    verdict="$(sed -n 's/^verdict=//p' <<<"$core_report")"
    core="$(sed -n 's/^core=//p' <<<"$core_report")"
    best="$(sed -n 's/^best=//p' <<<"$core_report")"
    level="$(sed -n 's/^cpu_level=//p' <<<"$core_report")"
    [[ $rc == 0 || $rc == 3 ]] || verdict="${verdict:-error}"
}
inherited="${OPENBLAS_CORETYPE:-}"
unset OPENBLAS_CORETYPE
selection=""
if [[ -n "$coretype" && "$coretype" != native ]]; then
    export OPENBLAS_CORETYPE="$coretype"; check_core
    if [[ "${core,,}" != "${coretype,,}" ]]; then
        echo "error: OPENBLAS_CORETYPE=$coretype (-k) loaded OpenBLAS kernel '$core', not $coretype:" >&2
        echo "$core_report" | sed 's/^/  /' >&2; exit 3
    fi
    selection="OPENBLAS_CORETYPE=$coretype (-k)"
elif [[ "$coretype" == native ]]; then
    check_core
    selection="OpenBLAS's own choice (-k native)"
else
    if [[ -n "$inherited" ]]; then
        export OPENBLAS_CORETYPE="$inherited"; check_core
        selection="OPENBLAS_CORETYPE=$inherited (inherited from the environment)"
        if [[ "$verdict" == fallback ]]; then
            echo "warning: OPENBLAS_CORETYPE=$inherited in the environment selects OpenBLAS's $core kernel, a fallback on this $level CPU; trying OpenBLAS's own choice" >&2
            unset OPENBLAS_CORETYPE
        fi
    fi
    if [[ -z "${OPENBLAS_CORETYPE:-}" ]]; then
        check_core
        selection="OpenBLAS's own choice"
        [[ -n "$inherited" ]] && selection="$selection (the inherited OPENBLAS_CORETYPE=$inherited gave a fallback)"
        if [[ "$verdict" == fallback && "$best" != - ]]; then
            echo "warning: OpenBLAS picks its $core kernel, a fallback on this $level CPU; selecting OPENBLAS_CORETYPE=$best" >&2
            fallback_core="$core"
            export OPENBLAS_CORETYPE="$best"; check_core
            selection="OPENBLAS_CORETYPE=$best (OpenBLAS's own choice was $fallback_core, a fallback)"
        fi
    fi
    if [[ "$verdict" == fallback ]]; then
        echo "error: OpenBLAS runs its $core kernel, a fallback on this $level CPU (best: $best), and selecting" >&2
        echo "  OPENBLAS_CORETYPE=$best did not help. PyTorch's matrix work would run far below this machine's" >&2
        echo "  speed and flatter our side. Fix: a newer OpenBLAS, or force a kernel with -k CORETYPE" >&2
        echo "  (-k native to measure against the fallback knowingly). openblas_core.py said:" >&2
        echo "$core_report" | sed 's/^/  /' >&2; exit 3
    fi
fi
case "$verdict" in
    no-openblas) echo "error: numpy/torch load no OpenBLAS (a reference BLAS is ~20x slower on matmul, no fair peer):" >&2
                 echo "  apt-get install -y libopenblas0-pthread; update-alternatives --display libblas.so.3-x86_64-linux-gnu" >&2
                 exit 3 ;;
    unknown) echo "warning: OpenBLAS kernel '$core' is not in openblas_core.py's table; cannot judge it on this $level CPU" >&2 ;;
    error) echo "error: openblas_core.py failed:" >&2; echo "$core_report" >&2; exit 3 ;;
esac
{ echo "$core_report"; echo "selection=$selection"; } > "$out/openblas.txt"
echo "OpenBLAS kernel: $core ($verdict on this $level CPU; $selection)"

java="java"
[[ -n "$java_home" ]] && java="$java_home/bin/java"
cd "$root"
mvn -B -q -pl autograd-engine -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/bench-classpath.txt -DskipTests >/dev/null
cp="autograd-engine/target/test-classes:autograd-engine/target/classes:$(cat autograd-engine/target/bench-classpath.txt)"
# The engine's kernel choices on this machine (CPU id, caches, GEMM tile and blocking), for the table's header.
"$java" --add-modules=jdk.incubator.vector -cp "$cp" io.tenflowers.autograd.bench.KernelEnvironment > "$out/kernel.txt" 2>/dev/null

if [[ $quick == 1 ]]; then runs=(-f 1 -wi 1 -i 2 -w 200ms -r 200ms); torch_args=(-q); peak_args=(-q); else runs=(-f 1 -wi 5 -i 9 -w 500ms -r 500ms); torch_args=(-r 9 -s 0.25); peak_args=(); fi

ours() {
    "$java" -cp "$cp" org.openjdk.jmh.Main 'PeerComparison' "${runs[@]}" -prof gc \
        -jvmArgsAppend "-Dtenflowers.threads=$threads" -rf json -rff "$out/ours-$1.json" > "$out/ours-$1.log"
}
echo "ours (1/2) ..."; ours 1
echo "pytorch ..."
OMP_NUM_THREADS=$threads OPENBLAS_NUM_THREADS=$threads /usr/bin/python3 "$root/scripts/torch_workloads.py" -t "$threads" "${torch_args[@]}" > "$out/torch.log"
OMP_NUM_THREADS=$threads OPENBLAS_NUM_THREADS=$threads /usr/bin/python3 "$root/scripts/blas_peak.py" -t "$threads" "${peak_args[@]}" > "$out/peak.log"
echo "ours (2/2) ..."; ours 2
"$java" -version 2>&1 | head -1 > "$out/java-version.txt"
/usr/bin/python3 "$root/scripts/peer_table.py" "$out" "$threads" | tee "$out/peer-comparison.md"
