import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def baseline = new File(basedir, 'benchmarks/baseline.json')
def machines = 'here Other CPU, 16 cores, 64 GiB, Test JVM 17 [fp-elsewhere]; baseline Test CPU, 2 cores, 24 GiB, Test JVM 17 [fp-here]'

assert lines.any { it == "[WARNING] Results from another machine than the baseline's (${machines}): relative rules skipped, floors still apply." as String }
def header = lines.findAll { it.startsWith('[INFO] Baseline check of run ') }
assert header.size() == 1
assert header[0].startsWith("[INFO] Baseline check of run 20250301T100000Z-0elsewhr against ${baseline.absolutePath}: relative rule NOT_JUDGED: the results come from another machine than the baseline's (${machines})" as String)
// 20 % slower than the other machine's saved run: not judged, so no regression
assert !lines.any { it.startsWith('[ERROR] Rule violated') }
assert !lines.any { it.startsWith('[INFO]   REGRESSED ') }
assert lines.any { it.startsWith('[INFO]   FLOOR_PASSED ') && it.contains('Sample.add[size=1000]') }
assert lines.any { it == '[INFO] Baseline check: relative rule not judged (see above); floors: 1 passed, 0 violated.' }
assert lines.contains('[INFO] BUILD SUCCESS')
def comparison = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/comparison.json'))
assert comparison.notJudged.startsWith('the results come from another machine')
assert comparison.failed == false
return true
