import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains("1 benchmark failed:")
assert log.contains("Benchmark Boom.boom[size=100] threw java.lang.ArithmeticException: boom at size 100")
assert log.contains("The results of the 3 benchmark(s) that succeeded are kept in")
assert log.contains("FAILED Boom.boom[size=100]: java.lang.ArithmeticException: boom at size 100")
def results = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/results.json'))
assert results.benchmarks*.id as Set == ['Boom.boom[size=10]', 'Boom.fine[size=10]', 'Boom.fine[size=100]'] as Set
assert results.failures.size() == 1
assert results.failures[0].id == 'Boom.boom[size=100]' && results.failures[0].kind == 'EXCEPTION'
// a failure in a benchmark's body does not stop the run (failFastOnSetupFailure is about set-ups only)
assert !log.contains("stopping JMH")
assert !log.contains("did not run")
assert results.run.jmhVersion ==~ /\d+\.\d+(\.\d+)?/
return true
