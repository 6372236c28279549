import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/results.json'))
assert results.run.category == 'fast'
assert results.benchmarks*.id as Set == ['Sample.fastSum', 'Sample.fastMax'] as Set
def log = new File(basedir, 'build.log').text
assert log.contains('Running 2 benchmark(s), 2 with their parameters: config release, category fast;')
return true
