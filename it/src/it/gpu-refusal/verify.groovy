def log = new File(basedir, 'build.log').text
def message = "java.lang.IllegalStateException: No GPU backend in this engine: tenflowers.backend=gpu cannot run here. Use -Dtenflowers.bench.config=release."
// the goal's failure: the one message, once, under a line that says it is the same for all
assert log.contains("2 benchmarks failed, all in their set-up with the same error:")
assert log.contains("[ERROR]   " + message)
assert log.contains("[ERROR]   Benchmarks: Engine.add, Engine.mul")
// the message appears in the two progress lines and once in the failure, nowhere else
assert log.count(message) == 3
// no stack trace of the benchmarks reaches the console: JMH's output is in jmh.log
assert !log.contains("at sample.Engine.setup")
assert new File(basedir, 'target/benchmark_results/jmh.log').text.contains("at sample.Engine.setup")
return true
