import groovy.json.JsonSlurper

def out = new File(basedir, 'target/benchmark_results')
def results = new JsonSlurper().parse(new File(out, 'results.json'))
def rows = results.derived.sideBySide
assert rows.size() == 1
def row = rows[0]
assert row.benchmark == 'Engines.work'
assert row.param == 'engine' && row.reference == 'quick' && row.other == 'slow'
assert row.unit == 'ms/op'
// 4 ms against 2 ms per operation (plus the same wake-up latency on both): quick is 1.6-2.1 times as fast
assert row.speedup > 1.6 && row.speedup < 2.1 : row
assert row.low <= row.speedup && row.speedup <= row.high : row
assert row.forks == [3, 3]
def html = new File(out, 'summary.html').text
assert html.contains('Side by side: quick vs slow')
assert html.contains('<table class="side-by-side">')
def markdown = new File(out, 'summary.md').text
assert markdown.contains('| Workload | quick | slow | Unit | Speed-up | 95 % interval |')
return true
