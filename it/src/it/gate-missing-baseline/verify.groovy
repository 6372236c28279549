def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'benchmarks/baseline.json')

assert !baseline.exists()
assert log.contains("No baseline at ${baseline.absolutePath}. Create one on the machine that gates: " as String)
assert log.contains('MojoExecutionException')
assert !log.contains('Baseline check of run')
assert !new File(basedir, 'target/benchmark_results/comparison.json').exists()
assert log.contains('BUILD FAILURE')
return true
