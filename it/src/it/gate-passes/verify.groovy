import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def baseline = new File(basedir, 'benchmarks/baseline.json')
def out = new File(basedir, 'target/benchmark_results')
def runId = new JsonSlurper().parse(new File(out, 'results.json')).run.runId

assert lines.any { it == "[INFO] Baseline check of run ${runId} against saved run 20250201T090000Z-5a7ed000 (commit abc1234) in ${baseline.absolutePath}: α 0.01 with Holm's adjustment over 1 comparison(s), default threshold 10 %, intervals 95 %." as String }
assert lines.any { it.startsWith('[INFO]   NO_CHANGE ') && it.contains('Sample.add[size=1000]') }
assert !lines.any { it.startsWith('[ERROR] Rule violated') }
assert lines.any { it == '[INFO] Baseline check: 1 judged: 0 regressed, 0 improved, 1 unchanged, 0 insufficient data; 0 new, 0 missing, 0 not judged; floors: 0 passed, 0 violated.' }
assert lines.any { it == "[INFO] Comparison: ${new File(out, 'comparison.json').absolutePath}" as String }
assert log.contains('BUILD SUCCESS')

def comparison = new JsonSlurper().parse(new File(out, 'comparison.json'))
assert comparison.kind == 'baseline'
assert comparison.resultsRunId == runId
assert comparison.failed == false
return true
