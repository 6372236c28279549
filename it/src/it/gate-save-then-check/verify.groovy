import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def baselineFile = new File(basedir, 'benchmarks/baseline.json')

assert lines.any { it == "[INFO] Saved run 20250301T100000Z-000saved (1 benchmark(s), config release, preset gate) to ${baselineFile.absolutePath}; kept 1 floor(s) and 0 other saved run(s). Commit it." as String }
def baseline = new JsonSlurper().parse(baselineFile)
assert baseline.schemaVersion == 1
assert baseline.floors.size() == 1
assert baseline.floors[0].reason == 'seed table'
assert baseline.runs.size() == 1
assert baseline.runs[0].runId == '20250301T100000Z-000saved'
assert baseline.runs[0].machineFingerprint.id == 'fp-here'
assert baseline.runs[0].benchmarks*.id == ['Sample.add[size=1000]']
assert baseline.runs[0].benchmarks[0].samples.size() == 8

assert lines.any { it == "[INFO] Baseline check of run 20250301T100000Z-000saved against saved run 20250301T100000Z-000saved (commit 0123456) in ${baselineFile.absolutePath}: α 0.01 with Holm's adjustment over 1 comparison(s), default threshold 10 %, intervals 95 %." as String }
// the run compared with itself: identical samples, p = 1
def row = lines.find { it.startsWith('[INFO]   NO_CHANGE ') && it.contains('Sample.add[size=1000]') }
assert row != null && row.contains('1.000 (1.000)')
assert lines.any { it.startsWith('[INFO]   FLOOR_PASSED ') && it.contains('Sample.add[size=1000]') }
assert lines.any { it == '[INFO] Baseline check: 1 judged: 0 regressed, 0 improved, 1 unchanged, 0 insufficient data; 0 new, 0 missing, 0 not judged; floors: 1 passed, 0 violated.' }
assert lines.contains('[INFO] BUILD SUCCESS')
return true
