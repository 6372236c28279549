def log = new File(basedir, 'build.log').text
assert log.contains('Skipping bench: maven.test.skip is true, so no test classes (and no benchmarks) were compiled.')
assert !new File(basedir, 'target/test-classes').exists()
assert !new File(basedir, 'target/benchmark_results').exists()
return true
