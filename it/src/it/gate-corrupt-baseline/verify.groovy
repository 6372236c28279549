def log = new File(basedir, 'build.log').text
def baseline = new File(basedir, 'benchmarks/baseline.json')

// the trailing comma ends line 4; the parser stops at the '}' of line 5 (the column is the parser's: 2, after it)
def error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal ') }
assert error != null
assert error.contains("check-baseline (default-cli) on project gate-corrupt-baseline: ${baseline.absolutePath}:5:" as String)
assert error.contains(': not valid JSON near field runs')
assert log.contains('MojoExecutionException')
assert !log.contains('Baseline check of run')
assert !new File(basedir, 'target/benchmark_results/comparison.json').exists()
assert log.contains('BUILD FAILURE')
return true
