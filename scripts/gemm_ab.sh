#!/usr/bin/env bash
# A/B of the engine's Vector API GEMM (autograd-engine/.../kernels/VectorGemm.java) between two
# versions, in one JVM, with rounds interleaved (scripts/gemm_ab/GemmAB.java): the way to show that a
# kernel change pays on the CPU you have, and does not cost on another (run it there too).
#
# Both versions are compiled against the working tree's other kernel classes (GemmKernel,
# GemmBlocking, CacheSizes, ScalarGemm), so a version that needs other helpers does not compile here.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds=15
jvm_opts=""
shapes="100,100,100;32,128,784;256,10,512;512,10,256,1,0;256,512,784;784,512,256,1,0;256,784,512,0,1;512,512,512;1024,1024,1024"
usage() {
    cat <<USAGE
Usage: $0 [-r ROUNDS] [-s SHAPES] [-j JVM_OPTIONS] REF_A [REF_B]
  REF_A, REF_B  git refs whose VectorGemm.java is compared; REF_B defaults to the working tree
  -r ROUNDS     interleaved rounds per shape (default $rounds; the first is warm-up)
  -s SHAPES     'm,n,k[,transposeA[,transposeB]];...' (default: W5-W8's and SGEMM's shapes)
  -j OPTIONS    extra JVM options, e.g. '-XX:UseAVX=2' to see the kernels as an AVX2 CPU runs them
Prints, per shape, each version's median GFLOP/s and the median ratio B/A of the rounds.
Example: $0 HEAD~3            # the working tree against three commits ago
USAGE
}
while getopts "r:s:j:h" opt; do
    case "$opt" in
        r) rounds="$OPTARG" ;;
        s) shapes="$OPTARG" ;;
        j) jvm_opts="$OPTARG" ;;
        h) usage; exit 0 ;;
        *) usage >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
[[ $# -ge 1 && $# -le 2 ]] || { usage >&2; exit 2; }
ref_a="$1"; ref_b="${2:-}"
src=autograd-engine/src/main/java/io/tenflowers/autograd/kernels/VectorGemm.java
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
pkg="$work/src/io/tenflowers/autograd/kernels"; mkdir -p "$pkg" "$work/out"
variant() {  # ref name: VectorGemm of that ref (or the working tree), renamed to class <name>
    local text
    if [[ -z "$1" ]]; then text="$(cat "$root/$src")"
    else text="$(git -C "$root" show "$1:$src")" || { echo "error: $1 has no $src" >&2; exit 2; }; fi
    printf '%s\n' "$text" | sed "s/final class VectorGemm /public final class $2 /; s/VectorGemm(/$2(/g" > "$pkg/$2.java"
}
variant "$ref_a" GemmA
variant "$ref_b" GemmB
cp "$root/scripts/gemm_ab/GemmAB.java" "$pkg/"
(cd "$root" && mvn -B -q -o -pl autograd-engine compile >/dev/null 2>&1) || { echo "error: the engine does not compile (mvn -o -pl autograd-engine compile)" >&2; exit 1; }
javac -nowarn --add-modules jdk.incubator.vector -cp "$root/autograd-engine/target/classes" -d "$work/out" "$pkg"/*.java 2>&1 \
    | grep -v "incubator\|^1 warning\|^warning" || true
echo "A = ${ref_a}, B = ${ref_b:-working tree}${jvm_opts:+, JVM options $jvm_opts}; CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
     "family $(grep -m1 'cpu family' /proc/cpuinfo | cut -d: -f2 | xargs) model $(grep -m1 '^model\s' /proc/cpuinfo | cut -d: -f2 | xargs)"
# shellcheck disable=SC2086  # the options are words
java --add-modules jdk.incubator.vector $jvm_opts -cp "$work/out:$root/autograd-engine/target/classes" \
    io.tenflowers.autograd.kernels.GemmAB "$rounds" "$shapes" GemmA GemmB 2>&1 | grep -v "incubator modules"
