import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def skipLine = 'No JMH benchmarks in this module (no jmh-core on its test classpath, no @Benchmark in its test sources): nothing to benchmark, skipping.'
// the parent (packaging pom) and lib: one line each
assert log.count(skipLine) == 2
assert !new File(basedir, 'target/benchmark_results').exists()
assert !new File(basedir, 'lib/target/benchmark_results').exists()
def results = new JsonSlurper().parse(new File(basedir, 'benches/target/benchmark_results/results.json'))
assert results.benchmarks*.id == ['Sample.sum']
assert results.run.project.artifactId == 'benches'
assert results.run.preset == 'smoke'
return true
