import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def baseline = new File(basedir, 'benchmarks/baseline.json')

assert lines.any { it == "[INFO] Baseline check of run 20250301T100000Z-000floor against ${baseline.absolutePath}: relative rule NOT_JUDGED: the baseline has no saved run of config release; save one on this machine with `mvn tenflowers-bench:save-baseline` after a measuring run." as String }
def violations = lines.findAll { it.startsWith('[ERROR] Rule violated for benchmark ') }
assert violations == ['[ERROR] Rule violated for benchmark Sample.matmul[n=100]: throughput is 81.3 ops/s, but expected minimum is 100 ops/s (seed table)']
assert lines.any { it.startsWith('[INFO]   FLOOR_VIOLATED ') && it.contains('Sample.matmul[n=100]') && it.contains('≥ 100') && it.contains('81.3') }
assert lines.any { it == '[INFO] Baseline check: relative rule not judged (see above); floors: 0 passed, 1 violated.' }
assert lines.any { it.contains('1 baseline rule(s) violated; Baseline check: relative rule not judged (see above); floors: 0 passed, 1 violated.') }
assert lines.contains('[INFO] BUILD FAILURE')
def comparison = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/comparison.json'))
assert comparison.failed == true
assert comparison.baselineRunId == null
return true
