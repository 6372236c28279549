import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('--- tenflowers-bench-maven-plugin:0.1.0-SNAPSHOT:bench (default-cli) @ prefix-invocation ---')
assert log.contains('Run length: preset smoke: 1 fork(s) × (1 warm-up + 1 measured) × 100ms.')
def results = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/results.json'))
assert results.benchmarks*.id == ['Sample.sum']
assert results.run.preset == 'smoke'
return true
