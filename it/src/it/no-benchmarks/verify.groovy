def log = new File(basedir, 'build.log').text
assert log.contains("No JMH benchmarks in this module (no jmh-core on its test classpath, no @Benchmark in its test sources): nothing to benchmark, skipping.")
assert !new File(basedir, 'target/benchmark_results').exists()
return true
