#!/usr/bin/env bash
# TenfloweRS benchmark runner: the seed's command line, as a thin wrapper over Maven's
# `bench` goal (tenflowers-bench-maven-plugin). Everything it does can be done with
# `mvn -pl autograd-engine -am verify -Dtenflowers.bench.*=…` directly.
set -euo pipefail

usage() {
    cat <<'USAGE'
Usage: scripts/run_benchmarks.sh [OPTIONS] [-- MAVEN_ARGS...]

Runs the autograd engine's JMH benchmarks through Maven (standard preset: 2 forks x 5
measured iterations per benchmark, worth comparing) and writes the results to
autograd-engine/target/benchmark_results/ (results.json, jmh-result.json, jmh.log; with -s
also summary.txt and the report page summary.html, with summary.md, whose path it prints last).

Options:
  -a, --all              Run all benchmarks (default)
  -c, --category CAT     Run one category: basic (GradientPerformance),
                         comparison (PerformanceComparison), pytorch (PeerComparison:
                         W1-W9 and SGEMM on our engine and on PyTorch through DJL, in
                         one JMH run; downloads DJL's PyTorch once, about 116 MB),
                         gate (the release gate's set: regression, memory_usage,
                         scalability)
  -f, --config CONFIG    Run with a configuration: release (default), debug,
                         parallel, gpu
  -s, --summary          Write summary.txt and the report (summary.html, summary.md)
                         after the benchmarks; the baseline check draws the report
                         again with its verdicts
  -b, --baseline FILE    Judge the run against FILE (a baseline.json, or another run's
                         results.json) instead of autograd-engine/benchmarks/baseline.json;
                         the build fails on a real regression or a violated floor
  -o, --output DIR       Write the results to DIR
      --against REF      Compare the working tree with the git ref REF (a branch, tag
                         or commit) in one sitting instead: REF is built in a temporary
                         worktree, forks alternate between the two sides (16 pairs of
                         5 x 250 ms warm-up + 4 x 250 ms measured), and the build fails
                         on a significant slowdown beyond 5 %. Name a category: every
                         benchmark costs about 2 minutes. Results in
                         autograd-engine/target/benchmark_compare/
  -h, --help             Show this help

Anything after -- goes to Maven as is, e.g.
  scripts/run_benchmarks.sh -c basic -- -Dtenflowers.bench.preset=smoke

Examples:
  scripts/run_benchmarks.sh                 # all benchmarks, release configuration
  scripts/run_benchmarks.sh -c basic -s     # the gradient suite, with a summary
  scripts/run_benchmarks.sh -f parallel     # engine kernels on every core
  scripts/run_benchmarks.sh -b old/results.json   # judge against another run
  scripts/run_benchmarks.sh -c gate -- -Dtenflowers.bench.preset=gate   # the release gate's run
  scripts/run_benchmarks.sh -c gate --against main -s   # is this branch slower than main?
USAGE
}

category=all
config=release
summary=false
output=
baseline=
against=
while [[ $# -gt 0 ]]; do
    case "$1" in
        -a|--all) category=all; shift ;;
        -c|--category) [[ $# -ge 2 ]] || { echo "error: $1 needs a category (basic, comparison, pytorch, gate)" >&2; exit 2; }
                       category=$2; shift 2 ;;
        -f|--config) [[ $# -ge 2 ]] || { echo "error: $1 needs a configuration (release, debug, parallel, gpu)" >&2; exit 2; }
                     config=$2; shift 2 ;;
        -s|--summary) summary=true; shift ;;
        -b|--baseline) [[ $# -ge 2 ]] || { echo "error: $1 needs a baseline file" >&2; exit 2; }
                       baseline=$2; shift 2 ;;
        -o|--output) [[ $# -ge 2 ]] || { echo "error: $1 needs a directory" >&2; exit 2; }
                     output=$2; shift 2 ;;
        --against) [[ $# -ge 2 ]] || { echo "error: $1 needs a git ref (a branch, tag or commit)" >&2; exit 2; }
                   against=$2; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        --) shift; break ;;
        *) echo "error: unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done

if [[ -n "$baseline" ]]; then
    [[ -f "$baseline" ]] || { echo "error: no baseline file $baseline" >&2; exit 2; }
    baseline=$(cd "$(dirname "$baseline")" && pwd)/$(basename "$baseline")
fi
if [[ -n "$output" ]]; then
    # absolute, because Maven would resolve a relative path against the engine module
    mkdir -p "$output"
    output=$(cd "$output" && pwd)
fi
cd "$(dirname "$0")/.."
if [[ -n "$against" ]]; then
    [[ -z "$baseline" ]] || { echo "error: --against and -b are two different checks; name one" >&2; exit 2; }
    # The goal is called by its prefix on the engine alone, so the plugin (this working tree's) and
    # the parent pom must be in the local repository first.
    mvn -B -q -pl tenflowers-bench-maven-plugin -am install -DskipTests
    args=(-B -pl autograd-engine tenflowers-bench:compare
          "-Dtenflowers.bench.against=$against"
          -Dtenflowers.bench.preset=none -Dtenflowers.bench.forks=16
          -Dtenflowers.bench.warmupIterations=5 -Dtenflowers.bench.measurementIterations=4
          -Dtenflowers.bench.iterationTime=250ms
          "-Dtenflowers.bench.category=$category"
          "-Dtenflowers.bench.config=$config"
          "-Dtenflowers.bench.summary=$summary")
    if [[ -n "$output" ]]; then
        args+=("-Dtenflowers.bench.compareDirectory=$output")
    fi
    status=0
    mvn "${args[@]}" "$@" || status=$?
    report=${output:-$PWD/autograd-engine/target/benchmark_compare}/summary.html
    if [[ "$summary" == true && -f "$report" ]]; then
        echo "Report: $report"
    fi
    exit "$status"
fi
args=(-B -pl autograd-engine -am verify -DskipTests
      -Dtenflowers.bench.preset=standard
      "-Dtenflowers.bench.category=$category"
      "-Dtenflowers.bench.config=$config"
      "-Dtenflowers.bench.summary=$summary")
if [[ -n "$baseline" ]]; then
    args+=("-Dtenflowers.bench.baselineFile=$baseline")
fi
if [[ -n "$output" ]]; then
    args+=("-Dtenflowers.bench.outputDirectory=$output" "-Dtenflowers.bench.resultsFile=$output/results.json")
fi
# The category and config names are checked by the plugin, which lists the allowed ones.
started=$(mktemp)
status=0
mvn "${args[@]}" "$@" || status=$?
# Printed even when the build failed: a failed baseline check writes the report first, and it shows
# why. Only this run's page: one left by an earlier run is older than $started.
report=${output:-$PWD/autograd-engine/target/benchmark_results}/summary.html
if [[ "$summary" == true && "$report" -nt "$started" ]]; then
    echo "Report: $report"
elif [[ "$summary" != true ]]; then
    echo "No report written: -s writes summary.html (or run: mvn -pl autograd-engine tenflowers-bench:report)."
fi
rm -f "$started"
exit "$status"
