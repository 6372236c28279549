import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// Alpha's two runs completed, then Beta.gpu refused in its set-up and the run stopped: Beta.gpu2 never ran
assert log.contains("[1/4] Alpha.cpu[size=10]")
assert log.contains("[2/4] Alpha.cpu[size=100]")
assert log.contains("[3/4] FAILED Beta.gpu in its set-up; stopping JMH and its forks (failFastOnSetupFailure): 1 benchmark(s) will not run.")
assert log.count("java.lang.IllegalStateException: No gpu backend here.") == 1
assert log.contains("The run was stopped after the first set-up failure of Beta.gpu (failFastOnSetupFailure): 1 benchmark did not run (Beta.gpu2).")
assert log.contains("The results of the 2 benchmark(s) that succeeded are kept in")
def out = new File(basedir, 'target/benchmark_results')
assert new File(out, 'jmh.log').text.count("# Benchmark: ") == 3
// JMH was stopped before writing its JSON: the results were rebuilt from its log, samples and gc metrics included
assert !new File(out, 'jmh-result.json').exists()
def results = new JsonSlurper().parse(new File(out, 'results.json'))
assert results.run.jmhVersion ==~ /\d+\.\d+(\.\d+)?/
assert results.benchmarks*.id == ['Alpha.cpu[size=10]', 'Alpha.cpu[size=100]']
results.benchmarks.each { b ->
    assert b.mode == 'thrpt' && b.unit == 'ops/s' && b.direction == 'higher'
    assert b.score > 0
    assert b.samples.size() == 1 && b.samples[0].size() == 1 && b.samples[0][0] > 0
    assert b.secondary['gc.alloc.rate.norm'].unit == 'B/op'
}
assert results.failures.collect { it.id + ':' + it.kind } == ['Beta.gpu:SETUP', 'Beta.gpu2:NOT_RUN']
// a smoke run is kept out of the history (its numbers are not measurements)
assert log.contains("History: not kept for a smoke run (its numbers are not measurements worth a trend point).")
assert !new File(basedir, '.benchmarks').exists()
return true
