import groovy.json.JsonSlurper

def lines = new File(basedir, 'build.log').readLines()
def verdicts = ['verdict', 'REGRESSED', 'NO_CHANGE', 'IMPROVED', 'INSUFFICIENT_DATA', 'NEW', 'MISSING', 'NOT_JUDGED',
                'FLOOR_PASSED', 'FLOOR_VIOLATED']

def header = lines.findAll { it.contains('Baseline check of run') }
assert header.size() == 1
assert header[0].startsWith('[INFO] Baseline check of run 20250301T100000Z-000smoke against ')
assert header[0].contains(': relative rule NOT_JUDGED: a smoke run is not a measurement')
// the floor (500 ops/s) would be violated by the smoke score (400): floors do not judge a smoke run either
assert !lines.any { it.startsWith('[ERROR] Rule violated') }
assert !lines.any { line -> verdicts.any { line.startsWith('[INFO]   ' + it + ' ') } }
assert !lines.any { it.startsWith('[INFO] Baseline check: ') }
assert lines.contains('[INFO] BUILD SUCCESS')
def comparison = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/comparison.json'))
assert comparison.notJudged.startsWith('a smoke run is not a measurement')
assert comparison.verdicts.isEmpty() && comparison.floors.isEmpty()
return true
