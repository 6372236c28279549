import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def message = "java.lang.IllegalStateException: No GPU backend in this engine: tenflowers.backend=gpu cannot run here. Use -Dtenflowers.bench.config=release."
// the first benchmark's set-up refuses: the run stops there (failFastOnSetupFailure defaults to true)
assert log.contains("[1/4] FAILED Engine.add in its set-up; stopping JMH and its forks (failFastOnSetupFailure): 3 benchmark(s) will not run.")
assert !log.contains("[2/4]")
// the goal's failure: the set-up message, once in the whole build, and how many did not run
assert log.contains("1 benchmark failed:")
assert log.contains("[ERROR]   Benchmark Engine.add failed in its set-up: " + message)
assert log.count(message) == 1
assert log.contains("The run was stopped after the first set-up failure of Engine.add (failFastOnSetupFailure): 3 benchmarks did not run (Engine.mul, Engine.neg, Engine.sub).")
// no stack trace of the benchmarks reaches the console: JMH's output is in jmh.log
assert !log.contains("at sample.Engine.setup")
def jmhLog = new File(basedir, 'target/benchmark_results/jmh.log').text
assert jmhLog.contains("at sample.Engine.setup")
// only the first benchmark started; the log ends where JMH was stopped
assert jmhLog.count("# Benchmark: ") == 1
assert jmhLog.contains("# Benchmark: sample.Engine.add")
assert jmhLog.contains("[tenflowers-bench] Stopped JMH and its forks here")
// results.json is written: no results, one set-up failure, three that did not run, and the JMH version
def results = new JsonSlurper().parse(new File(basedir, 'target/benchmark_results/results.json'))
assert results.benchmarks.isEmpty()
assert results.failures.collect { it.id + ':' + it.kind } == ['Engine.add:SETUP', 'Engine.mul:NOT_RUN', 'Engine.neg:NOT_RUN', 'Engine.sub:NOT_RUN']
assert results.run.jmhVersion ==~ /\d+\.\d+(\.\d+)?/
return true
