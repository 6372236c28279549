import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('Tests are skipped.')
assert !log.contains('Skipping bench')
def results = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/results.json'))
assert results.benchmarks*.id == ['Sample.sum']
return true
