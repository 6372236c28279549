def log = new File(basedir, 'build.log').text
assert log.contains('This module has JMH benchmarks, but its test classes are not compiled (')
assert log.contains('`mvn test-compile tenflowers-bench:bench`')
assert !new File(basedir, 'target/benchmark_results').exists()
return true
