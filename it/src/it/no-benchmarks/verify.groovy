def log = new File(basedir, 'build.log').text
assert log.contains("this module has no JMH benchmarks, skipping.")
assert !new File(basedir, 'target/benchmark_results').exists()
return true
