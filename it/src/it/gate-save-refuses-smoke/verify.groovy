def log = new File(basedir, 'build.log').text
def results = new File(basedir, 'target/benchmark_results/results.json')
def baseline = new File(basedir, 'benchmarks/baseline.json')

assert log.contains("Not saving ${results.absolutePath} as a baseline: it is a smoke run, not a measurement." as String)
assert log.contains('MojoExecutionException')
assert !log.contains('Saved run ')
assert baseline.bytes == new File(basedir, 'target/baseline-before.json').bytes
assert log.contains('BUILD FAILURE')
return true
