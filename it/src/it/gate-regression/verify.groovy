import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def lines = log.readLines()
def out = new File(basedir, 'target/benchmark_results')

def violations = lines.findAll { it.startsWith('[ERROR] Rule violated for benchmark ') }
assert violations.size() == 1
assert violations[0].startsWith('[ERROR] Rule violated for benchmark Sample.add[size=1000]: throughput fell ')
assert violations[0].endsWith('threshold 10 %, from default)')
// 8 fork means all below the baseline's 8: the smallest two-sided p of the exact rank-sum test, 2 / C(16, 8)
assert violations[0].contains('(p = 1.6e-04, adjusted 1.6e-04; ')
assert lines.any { it.startsWith('[INFO]   REGRESSED ') && it.contains('Sample.add[size=1000]') }
assert lines.any { it == '[INFO] Baseline check: 1 judged: 1 regressed, 0 improved, 0 unchanged, 0 insufficient data; 0 new, 0 missing, 0 not judged; floors: 0 passed, 0 violated.' }
assert log.contains('1 baseline rule(s) violated; Baseline check: 1 judged: 1 regressed')
assert log.contains('BUILD FAILURE')
assert new JsonSlurper().parse(new File(out, 'comparison.json')).failed == true
return true
