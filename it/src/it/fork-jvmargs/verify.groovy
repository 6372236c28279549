import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Run length: the benchmarks\' own annotations (@Fork, @Warmup, @Measurement; no preset named).')
def results = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/results.json'))
assert results.failures.isEmpty()
assert results.run.preset == 'none'
def b = results.benchmarks.find { it.id == 'Marked.sum' }
assert b != null
assert b.jvmArgs.contains('-Dsample.marker=from-annotation')
assert b.jvmArgs.contains('-Dtenflowers.bench.config=release')
assert b.forks == 1 && b.warmupIterations == 1 && b.measurementIterations == 1
return true
