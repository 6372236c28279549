def log = new File(basedir, 'build.log').text
assert log.contains('Skipping bench: tenflowers.bench.skip is true.')
// the benchmarks were compiled, just not run
assert new File(basedir, 'target/test-classes/META-INF/BenchmarkList').exists()
assert !new File(basedir, 'target/benchmark_results').exists()
return true
