def log = new File(basedir, 'build.log').text
def message = "java.lang.IllegalStateException: No GPU backend in this engine: tenflowers.backend=gpu cannot run here. Use -Dtenflowers.bench.config=release."
assert log.contains("2 benchmarks failed, all in their set-up with the same error:\n  " + message) ||
       log.contains("2 benchmarks failed, all in their set-up with the same error:\r\n  " + message)
// no stack trace of the benchmarks reaches the console: JMH's output is in jmh.log
assert !log.contains("at sample.Engine.setup")
assert new File(basedir, 'target/benchmark_results/jmh.log').text.contains("at sample.Engine.setup")
return true
