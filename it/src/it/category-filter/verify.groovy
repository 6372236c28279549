import groovy.json.JsonSlurper

def results = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/results.json'))
assert results.run.category == 'slow'
assert results.benchmarks*.id == ['Sample.slowSum']
assert results.failures.isEmpty()
return true
