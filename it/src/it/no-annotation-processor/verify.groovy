def log = new File(basedir, 'build.log').text
assert log.contains('This module uses JMH (@Benchmark methods in its test sources) but ')
assert log.contains(" has no META-INF/BenchmarkList: JMH's annotation processor did not run.")
assert log.contains('<annotationProcessorPaths>')
assert log.contains('<artifactId>jmh-generator-annprocess</artifactId>')
assert !new File(basedir, 'target/benchmark_results').exists()
return true
